import {addDays, isIsoDate, type Period} from '../dates.js';
import {parseGroupBy} from '../input/parse-group-by.js';
import {type GroupBy, groupByLabel, isGranularity, isMetric} from '../query.js';
import type {AppState, ViewFrame} from './app-state.js';
import {granularityFits} from './view-options.js';
import {SORT_COLUMNS, type SortColumn} from './table-rows.js';

/** One drill step in a link: the grouping and the key chosen, and the second pair when the level was grouped two ways. */
type LinkStep = [groupBy: string, key: string] | [groupBy: string, key: string, thenBy: string, thenKey: string];

/**
 * The view as link parameters: period (inclusive dates), granularity,
 * metric, account, the drill path (`path`, JSON: one [group-by, key] per
 * level), the current grouping (`by`, `then`), the row filter (`q`) and the
 * sort. A view a chat answer opened is linked as the drill-down below it.
 */
export function viewLinkParameters(state: AppState): URLSearchParams {
	const frames = state.views.filter(view => view.origin === undefined);
	const current = frames.at(-1) ?? state.views[0];
	const steps: LinkStep[] = frames.slice(1).flatMap((frame): LinkStep[] => {
		if (frame.via === undefined) return [];
		const {via, viaThen} = frame;
		return [viaThen === undefined ? [groupByLabel(via.groupBy), via.key] : [groupByLabel(via.groupBy), via.key, groupByLabel(viaThen.groupBy), viaThen.key]];
	});
	const parameters = new URLSearchParams({
		from: state.period.start,
		to: addDays(state.period.end, -1),
		granularity: state.granularity,
		metric: state.metric,
		by: groupByLabel(current.groupBy),
	});
	if (current.thenBy !== undefined) parameters.set('then', groupByLabel(current.thenBy));
	if (steps.length > 0) parameters.set('path', JSON.stringify(steps));
	if (state.scope.account !== undefined) parameters.set('account', state.scope.account);
	if (state.filterText !== '') parameters.set('q', state.filterText);
	if (state.sort.column !== 'amount' || !state.sort.descending) parameters.set('sort', `${state.sort.descending ? '-' : ''}${state.sort.column}`);
	return parameters;
}

export type LinkedView = {readonly ok: true; readonly state: AppState} | {readonly ok: false; readonly message: string};

const isSortColumn = (value: string): value is SortColumn => (SORT_COLUMNS as readonly string[]).includes(value);

function linkSteps(text: string | null): LinkStep[] {
	if (text === null) return [];
	const steps: unknown = JSON.parse(text);
	const valid =
		Array.isArray(steps) &&
		steps.every(step => Array.isArray(step) && (step.length === 2 || step.length === 4) && step.every(part => typeof part === 'string'));
	if (!valid) throw new Error('path is not a list of [group-by, key] pairs');
	return steps as LinkStep[];
}

/**
 * The view a link names, over `base` (today, scope, drill path of this
 * server). Anything it does not name stays as in `base`; a link that
 * cannot be read is refused with the reason, and `base` stays.
 */
export function viewFromLink(base: AppState, parameters: URLSearchParams): LinkedView {
	try {
		const from = parameters.get('from');
		const to = parameters.get('to');
		let period: Period = base.period;
		if (from !== null || to !== null) {
			if (from === null || to === null || !isIsoDate(from) || !isIsoDate(to) || to < from) throw new Error('from and to must be dates, from first');
			period = {start: from, end: addDays(to, 1)};
		}
		const granularity = parameters.get('granularity') ?? base.granularity;
		if (!isGranularity(granularity) || !granularityFits(granularity, period, base.today)) throw new Error(`granularity ${granularity} does not fit the period`);
		const metric = parameters.get('metric') ?? base.metric;
		if (!isMetric(metric)) throw new Error(`unknown metric ${metric}`);
		const steps = linkSteps(parameters.get('path'));
		const by = parameters.get('by');
		const current: GroupBy = by === null ? base.views[0].groupBy : parseGroupBy(by);
		const then = parameters.get('then');
		const frames: ViewFrame[] = [];
		for (const [index, step] of steps.entries()) {
			const groupBy = parseGroupBy(step[0]);
			const thenBy = step.length === 4 ? parseGroupBy(step[2]) : undefined;
			frames.push({groupBy, ...(thenBy === undefined ? {} : {thenBy}), cursor: 0, ...(index === 0 ? {} : stepsOf(steps[index - 1]!))});
		}
		const last: ViewFrame = {
			groupBy: current,
			...(then === null ? {} : {thenBy: parseGroupBy(then)}),
			cursor: 0,
			...(steps.length === 0 ? {} : stepsOf(steps.at(-1)!)),
		};
		const views = [...frames, last] as unknown as AppState['views'];
		const sort = parameters.get('sort') ?? '-amount';
		const column = sort.replace(/^-/, '');
		if (!isSortColumn(column)) throw new Error(`cannot sort by ${column}`);
		const account = parameters.get('account');
		if (account !== null && !/^\d{12}$/.test(account)) throw new Error('account must be 12 digits');
		const {account: _any, ...scope} = base.scope;
		return {
			ok: true,
			state: {
				...base,
				scope: account === null ? scope : {...scope, account},
				period,
				comparison: null,
				granularity,
				metric,
				views,
				filterText: parameters.get('q') ?? '',
				sort: {column, descending: sort.startsWith('-')},
			},
		};
	} catch (error) {
		return {ok: false, message: `This link's view cannot be shown (${error instanceof Error ? error.message : String(error)}): showing this month by service.`};
	}
}

function stepsOf(step: LinkStep): Pick<ViewFrame, 'via' | 'viaThen'> {
	const via = {groupBy: parseGroupBy(step[0]), key: step[1]};
	return step.length === 4 ? {via, viaThen: {groupBy: parseGroupBy(step[2]), key: step[3]}} : {via};
}
