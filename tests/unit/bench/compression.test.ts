import { describe, expect, it } from 'vitest';
import {
	compressedSizes,
	compressedSizesOnce,
	isCompressible,
	sumTransfers
} from '../../../scripts/bench/compression';

describe('which responses a host would compress', () => {
	it('compresses text, JSON, JavaScript, SVG and wasm, not Parquet or PNG', () => {
		expect(isCompressible('text/html; charset=utf-8')).toBe(true);
		expect(isCompressible('text/javascript; charset=utf-8')).toBe(true);
		expect(isCompressible('application/json; charset=utf-8')).toBe(true);
		expect(isCompressible('application/wasm')).toBe(true);
		expect(isCompressible('image/svg+xml')).toBe(true);
		expect(isCompressible('application/vnd.apache.parquet')).toBe(false);
		expect(isCompressible('image/png')).toBe(false);
		expect(isCompressible('')).toBe(false);
	});
});

describe('compressed sizes', () => {
	it('counts an incompressible body as it is, three times over', () => {
		const body = new Uint8Array(1000).fill(7);
		expect(compressedSizes(body, 'application/vnd.apache.parquet')).toEqual({
			raw: 1000,
			gzip: 1000,
			brotli: 1000
		});
	});

	it('compresses repetitive text to a small fraction, brotli smaller than gzip', () => {
		const body = new TextEncoder().encode('<p>91.8%</p>'.repeat(1000)); // 12,000 bytes
		const sizes = compressedSizes(body, 'text/html');
		expect(sizes.raw).toBe(12_000);
		expect(sizes.gzip).toBeLessThan(200);
		expect(sizes.brotli).toBeLessThan(sizes.gzip);
		expect(compressedSizes(new Uint8Array(0), 'text/html')).toEqual({ raw: 0, gzip: 0, brotli: 0 });
	});

	it('computes each distinct body once', () => {
		const body = new TextEncoder().encode('x'.repeat(5000));
		expect(compressedSizesOnce(body, 'text/plain')).toBe(compressedSizesOnce(body, 'text/plain'));
	});
});

describe('sumTransfers', () => {
	it('adds raw, gzip and brotli bytes and counts the requests', () => {
		expect(
			sumTransfers([
				{ raw: 100, gzip: 40, brotli: 30 },
				{ raw: 50, gzip: 50, brotli: 50 }
			])
		).toEqual({ raw: 150, gzip: 90, brotli: 80, requests: 2 });
		expect(sumTransfers([])).toEqual({ raw: 0, gzip: 0, brotli: 0, requests: 0 });
	});
});
