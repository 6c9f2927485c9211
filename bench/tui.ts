import {performance} from 'node:perf_hooks';
import {createElement} from 'react';
import {App} from '../components/app.js';
import type {IsoDate} from '../source/dates.js';
import {CostEngine} from '../source/engine.js';
import {DEFAULT_SETTINGS} from '../source/settings.js';
import {keys, renderWithProviders} from '../test/render.js';
import {FakeCostSource} from '../test/view/fake-source.js';

const today = '2026-03-17' as IsoDate;

function percentile(sorted: readonly number[], fraction: number): number {
	return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? Number.NaN;
}

/**
 * Keypress → next frame with a 5,000-row table: the time from writing a key
 * to stdin to Ink writing the frame it causes. Cursor moves down and up, a
 * page at a time and a row at a time, as someone scrolling would, after
 * `warmUpKeys` untimed ones.
 */
export async function benchTuiKeypress(samples = 200, warmUpKeys = 18): Promise<{medianMs: number; p95Ms: number}> {
	const services = Array.from({length: 5_000}, (_, index) => `Service ${String(index).padStart(4, '0')}`);
	const source = new FakeCostSource({
		dimensions: {SERVICE: services, USAGE_TYPE: ['Usage'], REGION: ['us-east-1'], LINKED_ACCOUNT: ['111111111111']},
		pageSize: 5_000,
	});
	const engine = new CostEngine({source, today});
	const app = renderWithProviders(
		createElement(App, {
			engineFor: async () => engine,
			initialScope: {source: 'demo'},
			today,
			settings: DEFAULT_SETTINGS,
			exportDirectory: process.cwd(),
		}),
		{columns: 120, rows: 40},
	);
	try {
		await app.waitFor(frame => frame.includes('Service 4999') && frame.includes('Up to date'), 60_000);
		const sequence = [keys.down, keys.down, keys.pageDown, 'j', keys.up, keys.pageUp, 'k', 'G', 'g'];
		const pressForFrame = (key: string): Promise<number> => {
			const frame = new Promise<number>(resolve => {
				app.stdout.onWrite = () => {
					app.stdout.onWrite = undefined;
					resolve(performance.now());
				};
			});
			const start = performance.now();
			app.press(key);
			return frame.then(end => end - start);
		};
		// The first keys after the load run React's and Ink's update paths before V8 has
		// compiled them: the sequence twice, untimed, as someone's first scroll would.
		for (let index = 0; index < warmUpKeys; index++) await pressForFrame(sequence[index % sequence.length]!);
		// Loading 85,000 daily rows leaves garbage behind; collect it (the bench
		// runner passes --expose-gc) so the timings measure keypresses, not the load.
		(globalThis as {gc?: () => void}).gc?.();
		const timings: number[] = [];
		for (let index = 0; index < samples; index++) timings.push(await pressForFrame(sequence[index % sequence.length]!));
		timings.sort((a, b) => a - b);
		return {medianMs: percentile(timings, 0.5), p95Ms: percentile(timings, 0.95)};
	} finally {
		app.unmount();
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const result = await benchTuiKeypress();
	console.log(`keypress → frame, 5,000 rows: median ${result.medianMs.toFixed(2)} ms, p95 ${result.p95Ms.toFixed(2)} ms`);
}
