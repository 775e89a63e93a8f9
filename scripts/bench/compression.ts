import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * The static server sends files as they are; a real host would compress text. So that the
 * benchmark reports what a person would download from such a host, each response body is
 * compressed here in node, as a host would: gzip at level 6 (nginx's and most CDNs' usual
 * setting) and brotli at quality 9 (quality 11 saves another 13% on the 18 MB DuckDB wasm but
 * takes a minute to compute here). Only text-like types and wasm are compressed; Parquet
 * (already ZSTD inside) and images count as they are.
 */
const COMPRESSIBLE = /^(text\/|application\/(javascript|json|wasm|xml)|image\/svg\+xml)/;

export function isCompressible(contentType: string): boolean {
	return COMPRESSIBLE.test(contentType.trim().toLowerCase());
}

export interface TransferSize {
	/** Bytes of the body as sent by our server (it never compresses). */
	raw: number;
	gzip: number;
	brotli: number;
}

export function compressedSizes(body: Uint8Array, contentType: string): TransferSize {
	if (!isCompressible(contentType) || body.byteLength === 0)
		return { raw: body.byteLength, gzip: body.byteLength, brotli: body.byteLength };
	return {
		raw: body.byteLength,
		gzip: gzipSync(body, { level: 6 }).byteLength,
		brotli: brotliCompressSync(body, {
			params: {
				[constants.BROTLI_PARAM_QUALITY]: 9,
				[constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength
			}
		}).byteLength
	};
}

const memo = new Map<string, TransferSize>();

/** compressedSizes, computed once per distinct body (the same files come back run after run). */
export function compressedSizesOnce(body: Uint8Array, contentType: string): TransferSize {
	const key = `${contentType}|${createHash('sha256').update(body).digest('hex')}`;
	let sizes = memo.get(key);
	if (!sizes) memo.set(key, (sizes = compressedSizes(body, contentType)));
	return sizes;
}

export interface TransferTotal extends TransferSize {
	requests: number;
}

export function sumTransfers(sizes: readonly TransferSize[]): TransferTotal {
	return sizes.reduce<TransferTotal>(
		(t, s) => ({
			raw: t.raw + s.raw,
			gzip: t.gzip + s.gzip,
			brotli: t.brotli + s.brotli,
			requests: t.requests + 1
		}),
		{ raw: 0, gzip: 0, brotli: 0, requests: 0 }
	);
}
