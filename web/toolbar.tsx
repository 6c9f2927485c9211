import {type FormEvent, type RefObject, useEffect, useState} from 'react';
import {addDays} from '../source/dates.js';
import {GRANULARITIES, type GroupBy, METRICS, groupByLabel, isGranularity, isMetric} from '../source/query.js';
import {type AppState, currentView} from '../source/view/app-state.js';
import {groupByChoiceLabel, groupByChoices} from '../source/view/group-by-choices.js';
import {KEY_PRESETS} from '../source/view/view-options.js';
import {parseGroupBy} from '../source/input/parse-group-by.js';
import {apiGet} from './api.js';
import type {WebAction} from './web-state.js';

const PRESET_LABELS = ['This month', 'Last month', 'Last 7 days', 'Last 30 days', 'Last 3 months', 'Last 12 months'];

export interface ToolbarRefs {
	readonly from: RefObject<HTMLInputElement | null>;
	readonly groupBy: RefObject<HTMLSelectElement | null>;
	readonly filter: RefObject<HTMLInputElement | null>;
}

/** Tag keys and cost categories of the period, asked for once the group-by list is first opened (never at start-up). */
function useGroupChoices(state: AppState, wanted: boolean): readonly GroupBy[] {
	const [keys, setKeys] = useState<{period: string; tags: string[]; costCategories: string[]} | undefined>(undefined);
	const period = `${state.period.start}/${state.period.end}`;
	useEffect(() => {
		if (!wanted || keys?.period === period) return;
		const parameters = new URLSearchParams({from: state.period.start, to: addDays(state.period.end, -1)});
		apiGet('group-keys', parameters).then(
			answer => setKeys({period, ...(answer as {tags: string[]; costCategories: string[]})}),
			() => setKeys({period, tags: [], costCategories: []}),
		);
	}, [wanted, period, keys?.period, state.period.start, state.period.end]);
	return groupByChoices(keys);
}

/** The app's keys as controls: period presets and range, granularity, metric, group-by, row filter. */
export function Toolbar({state, dispatch, refs}: {state: AppState; dispatch: (action: WebAction) => void; refs: ToolbarRefs}) {
	const [wanted, setWanted] = useState(false);
	const choices = useGroupChoices(state, wanted);
	const view = currentView(state);
	const withCurrent = (list: readonly GroupBy[], extra: GroupBy | undefined) =>
		extra === undefined || list.some(choice => groupByLabel(choice) === groupByLabel(extra)) ? list : [...list, extra];
	const listed = withCurrent(withCurrent(choices, view.groupBy), view.thenBy);
	const [from, setFrom] = useState<string>(state.period.start);
	const [to, setTo] = useState<string>(addDays(state.period.end, -1));
	useEffect(() => {
		setFrom(state.period.start);
		setTo(addDays(state.period.end, -1));
	}, [state.period.start, state.period.end]);
	const applyRange = (event: FormEvent) => {
		event.preventDefault();
		dispatch({type: 'open-overlay', overlay: {kind: 'period', text: `${from}..${to}`}});
		dispatch({type: 'apply-period-entry'});
	};
	const rangeError = state.overlay?.kind === 'period' ? state.overlay.error : undefined;
	return (
		<div className="toolbar" role="toolbar" aria-label="View">
			<div className="presets" role="group" aria-label="Period presets">
				{KEY_PRESETS.map((preset, index) => (
					<button key={preset} type="button" onClick={() => dispatch({type: 'preset', preset})} title={`key ${index + 1}`}>
						{PRESET_LABELS[index]}
					</button>
				))}
			</div>
			<form className="range" onSubmit={applyRange} aria-label="Date range">
				<label>
					From <input ref={refs.from} type="date" value={from} onChange={event => setFrom(event.target.value)} data-testid="range-from" />
				</label>
				<label>
					to <input type="date" value={to} onChange={event => setTo(event.target.value)} data-testid="range-to" />
				</label>
				<button type="submit">Apply</button>
				{rangeError === undefined ? null : (
					<span className="error" role="alert">
						{rangeError}
					</span>
				)}
			</form>
			<label>
				Granularity{' '}
				<select value={state.granularity} onChange={event => isGranularity(event.target.value) && dispatch({type: 'set-granularity', granularity: event.target.value})}>
					{GRANULARITIES.map(granularity => (
						<option key={granularity}>{granularity}</option>
					))}
				</select>
			</label>
			<label>
				Metric{' '}
				<select value={state.metric} onChange={event => isMetric(event.target.value) && dispatch({type: 'set-metric', metric: event.target.value})}>
					{METRICS.map(metric => (
						<option key={metric}>{metric}</option>
					))}
				</select>
			</label>
			<label>
				Group by{' '}
				<select
					ref={refs.groupBy}
					value={groupByLabel(view.groupBy)}
					onFocus={() => setWanted(true)}
					onPointerDown={() => setWanted(true)}
					onChange={event => dispatch({type: 'set-group-by', groupBy: parseGroupBy(event.target.value)})}
					data-testid="group-by"
				>
					{listed.map(choice => (
						<option key={groupByLabel(choice)} value={groupByLabel(choice)}>
							{groupByChoiceLabel(choice)}
						</option>
					))}
				</select>
			</label>
			<label>
				then{' '}
				<select
					value={view.thenBy === undefined ? '' : groupByLabel(view.thenBy)}
					onFocus={() => setWanted(true)}
					onChange={event => dispatch({type: 'set-then-by', groupBy: event.target.value === '' ? null : parseGroupBy(event.target.value)})}
				>
					<option value="">—</option>
					{listed.map(choice => (
						<option key={groupByLabel(choice)} value={groupByLabel(choice)}>
							{groupByChoiceLabel(choice)}
						</option>
					))}
				</select>
			</label>
			<label>
				Filter{' '}
				<input
					ref={refs.filter}
					type="search"
					placeholder="rows containing… (/)"
					value={state.filterText}
					onChange={event => dispatch({type: 'set-filter-text', text: event.target.value})}
					data-testid="filter"
				/>
			</label>
		</div>
	);
}
