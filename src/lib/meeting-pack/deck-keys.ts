/**
 * Keys a presenter uses, as PowerPoint and clickers send them: arrows, Page Up/Down (what most
 * clickers emit), space and Shift+space, Home/End; S for speaker notes and F for full screen.
 */
export type DeckAction = 'next' | 'previous' | 'first' | 'last' | 'notes' | 'fullscreen';

export function deckAction(key: string, shift: boolean): DeckAction | null {
	switch (key) {
		case 'ArrowRight':
		case 'ArrowDown':
		case 'PageDown':
		case 'Enter':
			return 'next';
		case ' ':
			return shift ? 'previous' : 'next';
		case 'ArrowLeft':
		case 'ArrowUp':
		case 'PageUp':
		case 'Backspace':
			return 'previous';
		case 'Home':
			return 'first';
		case 'End':
			return 'last';
		case 's':
		case 'S':
			return 'notes';
		case 'f':
		case 'F':
			return 'fullscreen';
		default:
			return null;
	}
}

/** The slide index an action moves to, kept within the deck. */
export function moveTo(action: DeckAction, current: number, count: number): number {
	const last = Math.max(count - 1, 0);
	switch (action) {
		case 'next':
			return Math.min(current + 1, last);
		case 'previous':
			return Math.max(current - 1, 0);
		case 'first':
			return 0;
		case 'last':
			return last;
		default:
			return current;
	}
}
