import {type AppState, currentView, drillSteps, viewGroupBys} from '../source/view/app-state.js';
import {breadcrumbParts} from '../source/view/drill.js';
import {groupByLabel} from '../source/query.js';

/** "All › SERVICE: Amazon EC2 › by USAGE_TYPE": each level a link back to it. */
export function Breadcrumb({state, onBack}: {state: AppState; onBack: (levels: number) => void}) {
	const parts = breadcrumbParts(drillSteps(state));
	const chat = state.views.findLast(view => view.origin !== undefined)?.origin;
	const levels = state.views.length - 1;
	const by = `by ${viewGroupBys(currentView(state)).map(groupByLabel).join(', ')}`;
	return (
		<nav className="breadcrumb" aria-label="Drill-down" data-testid="breadcrumb">
			{levels === 0 ? <span>All</span> : <button type="button" onClick={() => onBack(levels)}>All</button>}
			{chat === undefined ? null : <span> › {chat.from}: {chat.label}</span>}
			{parts.map((part, index) => {
				const up = parts.length - 1 - index;
				return (
					<span key={`${index}-${part}`}>
						{' › '}
						{up === 0 ? <span aria-current="location">{part}</span> : <button type="button" onClick={() => onBack(up)}>{part}</button>}
					</span>
				);
			})}
			<span className="muted"> {by}</span>
		</nav>
	);
}
