import { createHash } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { sha256Fallback, sha256Hex } from '../../../src/lib/data/sha256';

/**
 * Extracts are checked with crypto.subtle where the browser offers it and with the fallback on
 * plain-HTTP hosts, so both must give exactly node's SHA-256, at every length around the 64-byte
 * block and padding boundaries as well as for a real extract's size.
 */
const node = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

function bytesOf(length: number, seed: number): Uint8Array {
	const out = new Uint8Array(length);
	let x = seed;
	for (let i = 0; i < length; i++) {
		x = (x * 1103515245 + 12345) >>> 0;
		out[i] = x >>> 24;
	}
	return out;
}

const LENGTHS = [0, 1, 3, 55, 56, 57, 63, 64, 65, 119, 120, 128, 1000, 27_889];

describe('sha256', () => {
	it('matches the standard test vector for "abc"', async () => {
		const abc = new TextEncoder().encode('abc');
		const expected = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
		expect(hex(sha256Fallback(abc))).toBe(expected);
		expect(await sha256Hex(abc)).toBe(expected);
	});

	it.each(LENGTHS)('fallback and crypto.subtle agree with node at %i bytes', async (length) => {
		const bytes = bytesOf(length, length + 1);
		expect(hex(sha256Fallback(bytes))).toBe(node(bytes));
		expect(await sha256Hex(bytes)).toBe(node(bytes));
	});

	it('uses the fallback where crypto.subtle is missing (plain HTTP)', async () => {
		const bytes = bytesOf(500, 7);
		vi.stubGlobal('crypto', {});
		try {
			expect(await sha256Hex(bytes)).toBe(node(bytes));
		} finally {
			vi.unstubAllGlobals();
		}
	});
});
