// Flags that keep headless Chromium off the (closed) network: no updates, sync or QUIC probes.
// Shared by the browser tests and the benchmark, so both run the browser the same way.
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];
