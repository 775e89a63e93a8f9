/**
 * Keeps a speaker-notes window in step with the slides (same origin, same browser, no network):
 * the deck announces each slide; the notes window asks where the deck is when it opens and can
 * move it on, so a presenter can drive the talk from the notes screen.
 */
import type { DeckAction } from './deck-keys';

export const DECK_CHANNEL = 'herts-kpi-chairs-briefing';

export type DeckMessage =
	{ type: 'slide'; index: number } | { type: 'where' } | { type: 'action'; action: DeckAction };

export function isDeckMessage(value: unknown): value is DeckMessage {
	if (typeof value !== 'object' || value === null) return false;
	const m = value as Record<string, unknown>;
	return (
		(m.type === 'slide' && Number.isInteger(m.index)) ||
		m.type === 'where' ||
		(m.type === 'action' && typeof m.action === 'string')
	);
}

/** Opens the channel where the browser has one (every current browser); null otherwise. */
export function openDeckChannel(
	onMessage: (message: DeckMessage) => void
): BroadcastChannel | null {
	if (typeof BroadcastChannel === 'undefined') return null;
	const channel = new BroadcastChannel(DECK_CHANNEL);
	channel.onmessage = (event: MessageEvent) => {
		if (isDeckMessage(event.data)) onMessage(event.data);
	};
	return channel;
}
