import {memo} from 'react';
import type {GroupBy} from '../source/query.js';
import type {AccountChoice} from '../source/view/account-choices.js';
import type {AnomalyListContent} from '../source/view/anomaly-list.js';
import type {Overlay} from '../source/view/app-state.js';
import {type ExportFormat, exportFormatLabel} from '../source/view/export-view.js';
import {groupByChoiceLabel, sameGroupBy} from '../source/view/group-by-choices.js';
import type {KeyMap} from '../source/view/key-map.js';
import type {Scope} from '../source/query.js';
import {sameScope} from '../hooks/use-engine.js';
import {AnomaliesOverlay} from './anomalies-overlay.js';
import {HelpOverlay} from './help-overlay.js';
import {PickList} from './pick-list.js';
import type {SavedQueries} from '../hooks/use-saved-queries.js';
import {describeView} from '../source/history/saved-views.js';

export interface OverlayPaneProps {
	readonly overlay: Exclude<Overlay, {kind: 'filter'} | {kind: 'period'} | {kind: 'save-view'}>;
	readonly width: number;
	readonly height: number;
	readonly keyMap: KeyMap;
	readonly groupBy: GroupBy;
	readonly thenBy?: GroupBy | undefined;
	readonly groupByChoices: readonly GroupBy[];
	readonly groupByNote: string | undefined;
	readonly scope: Scope;
	readonly accountChoices: readonly AccountChoice[];
	readonly accountsNote: string | undefined;
	readonly exportDirectory: string;
	/** The view's formats, then the plugins' once loaded. */
	readonly exportFormats: readonly ExportFormat[];
	readonly anomalies: {readonly windowLabel: string; readonly content: AnomalyListContent};
	readonly savedQueries: Pick<SavedQueries, 'history' | 'views' | 'note'>;
}

/** The open overlay, drawn over the panes' area. */
export const OverlayPane = memo(function OverlayPane(props: OverlayPaneProps) {
	const {overlay, width, height} = props;
	switch (overlay.kind) {
		case 'help':
			return <HelpOverlay width={width} height={height} keyMap={props.keyMap} />;
		case 'accounts':
			return (
				<PickList
					width={width}
					height={height}
					title="Switch account"
					query={overlay.query}
					cursor={overlay.cursor}
					{...(props.accountsNote === undefined ? {} : {note: props.accountsNote})}
					items={props.accountChoices.map(choice => ({
						label: choice.label,
						detail: choice.detail,
						current: sameScope(choice.scope, props.scope),
					}))}
				/>
			);
		case 'group-by':
			return (
				<PickList
					width={width}
					height={height}
					title="Group by (+ then by)"
					cursor={overlay.cursor}
					{...(props.groupByNote === undefined ? {} : {note: props.groupByNote})}
					items={props.groupByChoices.map(choice => ({
						label: groupByChoiceLabel(choice),
						current: sameGroupBy(choice, props.groupBy),
						...(props.thenBy !== undefined && sameGroupBy(choice, props.thenBy) ? {detail: 'then by (2nd)'} : {}),
					}))}
				/>
			);
		case 'export':
			return (
				<PickList
					width={width}
					height={height}
					title="Export the view"
					cursor={overlay.cursor}
					note={`Writes to ${props.exportDirectory}`}
					items={props.exportFormats.map(format => ({label: exportFormatLabel(format)}))}
				/>
			);
		case 'anomalies':
			return (
				<AnomaliesOverlay
					width={width}
					height={height}
					windowLabel={props.anomalies.windowLabel}
					content={props.anomalies.content}
					cursor={overlay.cursor}
				/>
			);
		case 'history':
			return (
				<PickList
					width={width}
					height={height}
					title="Recent queries"
					cursor={overlay.cursor}
					{...(props.savedQueries.note === undefined ? {} : {note: props.savedQueries.note})}
					emptyText="No queries recorded yet."
					items={props.savedQueries.history.map(item => ({label: item.label, detail: item.detail}))}
				/>
			);
		case 'views':
			return (
				<PickList
					width={width}
					height={height}
					title="Saved views (s saves this one)"
					cursor={overlay.cursor}
					{...(props.savedQueries.note === undefined ? {} : {note: props.savedQueries.note})}
					emptyText="No saved views yet: s saves the view on screen."
					items={props.savedQueries.views.map(view => ({label: view.name, detail: describeView(view)}))}
				/>
			);
	}
});
