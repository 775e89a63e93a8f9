/**
 * Saves a Blob as a file, from memory: an object URL clicked through a temporary download link,
 * so nothing is sent anywhere. Browser-only (it needs `document`).
 */
export function downloadBlob(blob: Blob, fileName: string): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	link.style.display = 'none';
	document.body.append(link);
	try {
		link.click();
	} finally {
		link.remove();
		// Revoking in the same task can cancel the save in some browsers, so wait a moment.
		setTimeout(() => URL.revokeObjectURL(url), 1000);
	}
}
