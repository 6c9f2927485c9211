import {expect, test} from 'vitest';
import {chartLegend} from '../../source/view/chart-legend.js';

const names = ['Total', 'Amazon Elastic Compute Cloud - Compute', 'EC2 - Other', 'Amazon Simple Storage Service'];

test('whole names when all fit', () => {
	expect(chartLegend(names, 200).map(entry => entry.label)).toEqual(names);
});

test('all short when not: never one long name beside short ones', () => {
	expect(chartLegend(names, 60).map(entry => entry.label)).toEqual(['Total', 'EC2', 'EC2 Other', 'S3']);
});

test('a series whose name does not fit is left out with all after it; the total is always named', () => {
	expect(chartLegend(names, 20).map(entry => entry.seriesIndex)).toEqual([0, 1]);
	expect(chartLegend(names, 4)).toEqual([{seriesIndex: 0, label: 'To'}]);
});
