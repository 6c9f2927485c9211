import asciichart from 'asciichart';
import {describe, expect, test} from 'vitest';
import {fitGappySeries, plotChart} from '../../source/view/chart-plot.js';
import {fitSeries} from '../../source/view/chart-series.js';

const format = (value: number) => value.toFixed(1).padStart(7);

describe('plotChart', () => {
	test.each([
		['one rising series', [[1, 3, 2, 8, 5, 5, 0]]],
		['two crossing series', [[10, 20, 30, 20], [30, 20, 10, 25]]],
		['a flat series', [[4, 4, 4]]],
		['a single point', [[7]]],
	])('draws %s exactly as asciichart does', (_, series) => {
		const lines = series.map(values => ({values}));
		expect(plotChart(lines, {height: 6, format})).toBe(asciichart.plot(series, {height: 6, format}));
	});

	test('honours a given min and max like asciichart', () => {
		const values = [5, 5, 5];
		expect(plotChart([{values}], {height: 4, format, min: 0, max: 10})).toBe(asciichart.plot([values], {height: 4, format, min: 0, max: 10}));
	});

	test('leaves gaps where a series has no points, and puts no start mark on the axis for a series that starts late', () => {
		const text = plotChart([{values: [0, 0, null, null]}, {values: [null, 4, 4, 4], dashed: true}], {height: 4, format});
		// The top row's ┼ is asciichart's own (its y = 0 row); the bottom one starts the first series.
		expect(text.split('\n')).toEqual(['    4.0 ┼ ┄┄ ', '    3.0 ┤    ', '    2.0 ┤    ', '    1.0 ┤    ', '    0.0 ┼─   ']);
	});

	test('dashed lines use dashed strokes for flat and vertical runs', () => {
		const text = plotChart([{values: [0, 0, 10], dashed: true}], {height: 4, format});
		expect(text).toContain('┄');
		expect(text).toContain('┆');
		expect(text).not.toContain('─');
		expect(text).not.toContain('│');
	});

	test('colours each stroke and resets after it', () => {
		const text = plotChart([{values: [1, 2], colour: '\u001B[36m'}], {height: 2, format});
		expect(text).toContain('\u001B[36m╭\u001B[0m');
	});
});

describe('fitGappySeries', () => {
	test('matches fitSeries on a series without gaps, shrinking or growing', () => {
		const values = Array.from({length: 31}, (_, index) => (index * 7) % 11);
		for (const width of [1, 10, 31, 62, 100]) expect(fitGappySeries(values, width)).toEqual(fitSeries(values, width));
	});

	test('averages only the present values of a window; a window of gaps stays a gap', () => {
		expect(fitGappySeries([2, null, 4, null, null, null], 3)).toEqual([2, 4, null]);
	});

	test('spreads gaps like values when widening, over the whole width', () => {
		expect(fitGappySeries([1, null], 5)).toEqual([1, 1, 1, null, null]);
	});

	test('nothing fits in no width', () => {
		expect(fitGappySeries([1, 2], 0)).toEqual([]);
	});
});
