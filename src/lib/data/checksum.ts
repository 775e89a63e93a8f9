import { formatCount } from '../format/numbers';
import type { ManifestEntry } from './manifest';
import { sha256Hex } from './sha256';

/**
 * Checks an extract's bytes against what the manifest published for it, before DuckDB sees any
 * of them: the length first (a truncated download or a half-copied file says so plainly), then
 * the SHA-256. Returns why the bytes cannot be used, or null when they are exactly the file the
 * manifest describes.
 */
export async function checksumProblem(
	entry: Pick<ManifestEntry, 'bytes' | 'sha256'>,
	bytes: Uint8Array
): Promise<string | null> {
	if (bytes.length !== entry.bytes) {
		return `the file is incomplete or damaged (${formatCount(bytes.length)} bytes; the manifest says ${formatCount(entry.bytes)})`;
	}
	const actual = await sha256Hex(bytes);
	if (actual !== entry.sha256.toLowerCase()) {
		return 'the file is damaged or has been changed since it was published (its checksum does not match the manifest)';
	}
	return null;
}
