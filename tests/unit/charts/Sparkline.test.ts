import { describe, expect, it } from 'vitest';
import Sparkline from '../../../src/lib/charts/Sparkline.svelte';
import type { LinePoint } from '../../../src/lib/charts/types';
import { attr, renderHtml, tags } from './html';

const points: LinePoint[] = [
	{ x: '2017/18', y: 64 },
	{ x: '2018/19', y: 65 },
	{ x: '2019/20', y: null },
	{ x: '2020/21', y: null },
	{ x: '2021/22', y: 59 },
	{ x: '2022/23', y: 60 }
];

describe('Sparkline', () => {
	it('is hidden from assistive technology (the card says it in words)', () => {
		const html = renderHtml(Sparkline, { points });
		expect(html).toMatch(/^<div class="sparkline[^"]*" aria-hidden="true"/);
	});

	it('keeps a fixed aspect ratio: the viewBox matches width and height', () => {
		const html = renderHtml(Sparkline, { points, width: 120, height: 30 });
		expect(attr(tags(html, 'svg')[0] ?? '', 'viewBox')).toBe('0 0 100 25');
	});

	it('breaks across missing years like a line chart', () => {
		const html = renderHtml(Sparkline, { points });
		expect(tags(html, 'path')).toHaveLength(2);
		expect(tags(html, 'circle')).toHaveLength(1);
	});

	it('does not change its input', () => {
		const before = structuredClone(points);
		renderHtml(Sparkline, { points });
		expect(points).toEqual(before);
	});
});
