/**
 * Writing SVG as text: escaping, numbers and whole elements, so that every part of the export
 * escapes and rounds the same way. No DOM, so it is unit-tested in node.
 */

// Characters XML 1.0 forbids anywhere, even escaped (C0 controls but tab, LF, CR; U+FFFE/FFFF),
// and UTF-16 halves without their partner: a parser rejects the whole file for one of them.
const INVALID_XML =
	// eslint-disable-next-line no-control-regex -- finding control characters is the point
	/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text made safe for XML content and for double- or single-quoted attribute values. */
export function escapeXml(text: string): string {
	return text
		.replace(INVALID_XML, '')
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');
}

/** A number for an attribute: at most 2 decimal places (0.01px is far below a device pixel). */
export function num(value: number): string {
	const rounded = Math.round(value * 100) / 100;
	return Object.is(rounded, -0) ? '0' : String(rounded);
}

export type AttributeValue = string | number | null | undefined;

/**
 * One element as XML. Attributes that are null or undefined are left out (so callers can pass
 * optional ones inline); numbers go through `num`; `content` is inserted as is (already XML).
 */
export function xmlElement(
	name: string,
	attributes: Readonly<Record<string, AttributeValue>>,
	content?: string
): string {
	const attrs = Object.entries(attributes)
		.filter((entry): entry is [string, string | number] => entry[1] != null)
		.map(([key, value]) => ` ${key}="${typeof value === 'number' ? num(value) : escapeXml(value)}"`)
		.join('');
	return content === undefined || content === ''
		? `<${name}${attrs}/>`
		: `<${name}${attrs}>${content}</${name}>`;
}
