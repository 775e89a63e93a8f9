import { datasetWords } from './dataset-names';

/**
 * Why one extract cannot be used: missing, damaged, or not the shape the manifest promises. The
 * message is a whole sentence for people ("The RAYG ratings data could not be loaded: the file is
 * missing (HTTP 404)."); `dataset` lets a page say where, and `transient` says whether trying
 * again later could help (a dropped connection) or not (a file that fails its checksum).
 */
export class DatasetUnavailableError extends Error {
	readonly dataset: string;
	readonly reason: string;
	readonly transient: boolean;

	constructor(dataset: string, reason: string, transient = false) {
		super(`The ${datasetWords(dataset)} could not be loaded: ${reason}.`);
		this.name = 'DatasetUnavailableError';
		this.dataset = dataset;
		this.reason = reason;
		this.transient = transient;
	}
}

/** The dataset an error is about, if it is a dataset error (checked by shape as well as class). */
export function failedDataset(error: unknown): string | undefined {
	if (error instanceof DatasetUnavailableError) return error.dataset;
	if (error instanceof Error && error.name === 'DatasetUnavailableError' && 'dataset' in error)
		return String(error.dataset);
	return undefined;
}
