import { describe, expect, it } from 'vitest';
import { deckAction, moveTo } from '../../../src/lib/meeting-pack/deck-keys';

describe('presenter keys', () => {
	it('maps clicker and keyboard keys to moves', () => {
		expect(
			['ArrowRight', 'ArrowDown', 'PageDown', 'Enter'].map((k) => deckAction(k, false))
		).toEqual(['next', 'next', 'next', 'next']);
		expect(deckAction(' ', false)).toBe('next');
		expect(deckAction(' ', true)).toBe('previous');
		expect(['ArrowLeft', 'ArrowUp', 'PageUp'].map((k) => deckAction(k, false))).toEqual([
			'previous',
			'previous',
			'previous'
		]);
		expect(deckAction('Home', false)).toBe('first');
		expect(deckAction('End', false)).toBe('last');
		expect(deckAction('s', false)).toBe('notes');
		expect(deckAction('S', true)).toBe('notes');
		expect(deckAction('f', false)).toBe('fullscreen');
		expect(deckAction('x', false)).toBeNull();
	});

	it('stays within the deck', () => {
		expect(moveTo('next', 6, 7)).toBe(6);
		expect(moveTo('previous', 0, 7)).toBe(0);
		expect(moveTo('next', 2, 7)).toBe(3);
		expect(moveTo('last', 2, 7)).toBe(6);
		expect(moveTo('first', 5, 7)).toBe(0);
		expect(moveTo('notes', 4, 7)).toBe(4);
	});
});
