import {oneLineMessage} from '../../errors.js';
import type {ReportTemplate} from '../report-template.js';
import type {DeliveryOutcome, DeliveryTarget} from '../report-targets.js';
import type {ReportMessage} from '../report-message.js';
import type {RenderedReport} from '../run-report.js';
import type {ScopeOutcomes} from '../../application/scope-outcomes.js';
import {AlertState} from './alert-state.js';
import {alertMessage, findAlerts} from './alerts.js';
import {nextRunAt} from './schedule.js';
import type {WatchPlan} from './watch-plan.js';

/** Where `watch` reads the time and waits: the system clock, or a test's. */
export interface WatchTimer {
	now(): Date;
	/** Resolves after `ms`, or rejects when `signal` aborts. */
	sleep(ms: number, signal: AbortSignal): Promise<void>;
}

export const systemTimer: WatchTimer = {
	now: () => new Date(),
	sleep: (ms, signal) =>
		new Promise((resolve, reject) => {
			if (signal.aborted) return reject(signal.reason);
			const timer = setTimeout(() => {
				signal.removeEventListener('abort', stop);
				resolve();
			}, ms);
			const stop = () => {
				clearTimeout(timer);
				reject(signal.reason);
			};
			signal.addEventListener('abort', stop, {once: true});
		}),
};

/** Timers past 24.8 days overflow; a long wait is taken in steps, reading the clock again after each. */
const LONGEST_SLEEP_MS = 6 * 3_600_000;

export interface Watcher {
	readonly plan: WatchPlan;
	readonly reportTemplate: ReportTemplate | undefined;
	readonly alertTemplate: ReportTemplate;
	readonly targets: readonly DeliveryTarget[];
	readonly state: AlertState;
	readonly timer: WatchTimer;
	/** One report per scope as of now. */
	makeReports(template: ReportTemplate, signal: AbortSignal): Promise<ScopeOutcomes<Omit<RenderedReport, 'label'>>>;
	deliver(targets: readonly DeliveryTarget[], message: ReportMessage, signal: AbortSignal): Promise<DeliveryOutcome[]>;
	/** A line for the person running it (stdout) and a warning (stderr). */
	say(line: string): void;
	warn(line: string): void;
}

/** One scheduled run: the report to every destination, then each new alert to each destination it has not reached yet. */
export async function watchOnce(watcher: Watcher, signal: AbortSignal): Promise<void> {
	if (watcher.reportTemplate !== undefined) {
		const outcomes = await watcher.makeReports(watcher.reportTemplate, signal);
		for (const {label, error} of outcomes.failed) watcher.warn(`report for ${label} not made: ${oneLineMessage(error)}`);
		for (const {label, message} of outcomes.answered) {
			for (const result of await watcher.deliver(watcher.targets, message, signal)) {
				if (result.error === undefined) watcher.say(`report for ${label} sent to ${result.label}`);
				else watcher.warn(`report for ${label} not delivered to ${result.label}: ${result.error}`);
			}
		}
	}
	if (watcher.plan.alerts.length === 0) return;
	const outcomes = await watcher.makeReports(watcher.alertTemplate, signal);
	for (const {label, error} of outcomes.failed) watcher.warn(`alerts for ${label} not checked: ${oneLineMessage(error)}`);
	for (const {payload} of outcomes.answered) {
		for (const alert of findAlerts(payload, watcher.plan.alerts)) {
			const pending = watcher.targets.filter(target => !watcher.state.has(AlertState.key(alert.key, `${target.scheme}:${target.target}`)));
			if (pending.length === 0) continue;
			const results = await watcher.deliver(pending, alertMessage(alert, payload), signal);
			for (const [index, result] of results.entries()) {
				const target = pending[index]!;
				if (result.error !== undefined) {
					// Not recorded: the next run tries this destination again.
					watcher.warn(`alert "${alert.title}" not delivered to ${result.label}: ${result.error}`);
					continue;
				}
				await watcher.state.markSent(AlertState.key(alert.key, `${target.scheme}:${target.target}`), watcher.timer.now());
				watcher.say(`alert "${alert.title}" sent to ${result.label}`);
			}
		}
	}
}

/** Runs on the plan's schedule until `signal` aborts (or `maxRuns` runs, for tests); a failing run is a warning, never the end. */
export async function runWatcher(watcher: Watcher, signal: AbortSignal, maxRuns = Infinity): Promise<void> {
	let last: Date | undefined;
	for (let runs = 0; runs < maxRuns && !signal.aborted; runs++) {
		const due = nextRunAt(watcher.plan, watcher.timer.now(), last);
		try {
			for (let now = watcher.timer.now(); now < due; now = watcher.timer.now()) {
				await watcher.timer.sleep(Math.min(due.getTime() - now.getTime(), LONGEST_SLEEP_MS), signal);
			}
		} catch {
			return;
		}
		last = due;
		try {
			await watchOnce(watcher, signal);
		} catch (error) {
			if (signal.aborted) return;
			watcher.warn(`run at ${due.toISOString()} failed: ${oneLineMessage(error)}`);
		}
	}
}
