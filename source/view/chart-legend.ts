import {shortServiceName} from './service-names.js';

export interface LegendEntry {
	/** The series it names, an index into the chart's series. */
	readonly seriesIndex: number;
	/** The name as shown: whole, or short ("EC2") when the whole does not fit. */
	readonly label: string;
}

const cells = (text: string): number => [...text].length;

/**
 * The legend entries that fit in `width` cells, in series order, each
 * `markerCells` wide before its name and two blanks after the previous.
 * Names are whole when every one fits, else all short ("EC2", "S3"). A series whose name does not fit is left out, and so is
 * every one after it: the chart draws only the series its legend names.
 */
export function chartLegend(names: readonly string[], width: number, markerCells = 2): LegendEntry[] {
	const whole = fitEntries(names, width, markerCells, name => [name]);
	if (whole.length === names.length) return whole;
	const short = fitEntries(names, width, markerCells, name => [shortServiceName(name)]);
	return short.length >= whole.length ? short : whole;
}

function fitEntries(names: readonly string[], width: number, markerCells: number, candidates: (name: string) => string[]): LegendEntry[] {
	const entries: LegendEntry[] = [];
	let used = 0;
	for (const [seriesIndex, name] of names.entries()) {
		const gap = entries.length === 0 ? 0 : 2;
		const room = width - used - gap - markerCells;
		const label = candidates(name).find(candidate => cells(candidate) <= room);
		// The total (the first series) is always named, cut if it must be.
		if (label === undefined && seriesIndex > 0) break;
		const shown = label ?? [...name].slice(0, Math.max(1, room)).join('');
		entries.push({seriesIndex, label: shown});
		used += gap + markerCells + cells(shown);
	}
	return entries;
}
