/**
 * Runs `task` just after the browser next paints, and returns a function that cancels it. Used to
 * start DuckDB in the background: by the time a page's code runs, the prerendered numbers are
 * already painted (styles are inline), so starting at once costs them nothing, while waiting for
 * an idle period (as before) left the engine unstarted for up to 1.5 s on a busy 2-core machine.
 */
export function afterNextPaint(task: () => void): () => void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const frame = requestAnimationFrame(() => {
		timer = setTimeout(task, 0);
	});
	return () => {
		cancelAnimationFrame(frame);
		if (timer !== undefined) clearTimeout(timer);
	};
}
