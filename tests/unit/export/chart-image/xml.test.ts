import { describe, expect, it } from 'vitest';
import { escapeXml, num, xmlElement } from '../../../../src/lib/export/chart-image/xml';

describe('escapeXml', () => {
	it('escapes the five XML special characters', () => {
		expect(escapeXml(`A & B < C > "D" 'E'`)).toBe(
			'A &amp; B &lt; C &gt; &quot;D&quot; &apos;E&apos;'
		);
	});

	it('escapes an entity again rather than trusting it', () => {
		expect(escapeXml('&amp;')).toBe('&amp;amp;');
	});

	it('drops characters XML 1.0 forbids but keeps tab, line breaks and astral characters', () => {
		expect(escapeXml('a\u0000b\u0007c\td\ne\rf\uffff')).toBe('abc\td\ne\rf');
		expect(escapeXml('x\ud800y\udc00z')).toBe('xyz');
		expect(escapeXml('ok \ud83d\ude00')).toBe('ok \ud83d\ude00');
	});
});

describe('num and xmlElement', () => {
	it('writes at most two decimal places and never -0', () => {
		expect(num(3.14159)).toBe('3.14');
		expect(num(2.5)).toBe('2.5');
		expect(num(-1.236)).toBe('-1.24');
		expect(num(-0.001)).toBe('0');
		expect(num(1920)).toBe('1920');
	});

	it('leaves out null and undefined attributes and escapes values', () => {
		expect(xmlElement('rect', { x: 1.234, y: null, width: undefined, fill: 'a"b' })).toBe(
			'<rect x="1.23" fill="a&quot;b"/>'
		);
	});

	it('wraps content, and closes an element with none itself', () => {
		expect(xmlElement('text', { x: 0 }, 'Hi')).toBe('<text x="0">Hi</text>');
		expect(xmlElement('g', {}, '')).toBe('<g/>');
	});
});
