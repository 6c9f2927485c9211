import {useCallback, useEffect, useRef, useState} from 'react';
import {oneLineMessage} from '../source/errors.js';
import type {HistoryAccess} from '../source/history/history-access.js';
import type {SavedView} from '../source/history/history-types.js';
import type {CostQuery, Scope} from '../source/query.js';
import type {Overlay} from '../source/view/app-state.js';
import {type HistoryItem, historyItemOf, viewOptionsOf} from '../source/view/saved-queries.js';

/** How many recorded queries the history list shows. */
const HISTORY_ROWS = 50;

export interface SavedQueries {
	readonly history: readonly HistoryItem[];
	readonly views: readonly SavedView[];
	/** Loading, or why the store could not be read. */
	readonly note: string | undefined;
	/** Saves `query` as `name`; resolves to why not, or undefined once saved. */
	readonly saveView: (name: string, query: CostQuery) => Promise<string | undefined>;
}

/** The history store (the one `aws-cost history` reads), opened the first time H or v is pressed, never at start-up. */
async function openAccess(): Promise<HistoryAccess> {
	const [{HistoryAccess}, {historyLocation}] = await Promise.all([import('../source/history/history-access.js'), import('../source/history/open-history.js')]);
	return new HistoryAccess(historyLocation(process.env));
}

/** The recorded queries and saved views, read again each time their list opens. */
export function useSavedQueries(overlay: Overlay['kind'] | undefined, scope: Scope): SavedQueries {
	const access = useRef<Promise<HistoryAccess> | undefined>(undefined);
	const [history, setHistory] = useState<readonly HistoryItem[]>([]);
	const [views, setViews] = useState<readonly SavedView[]>([]);
	const [note, setNote] = useState<string | undefined>(undefined);
	const store = useCallback(async () => {
		access.current ??= openAccess();
		return (await access.current).store();
	}, []);
	useEffect(() => () => void access.current?.then(opened => opened.close()).catch(() => undefined), []);
	useEffect(() => {
		if (overlay !== 'history' && overlay !== 'views') return;
		let current = true;
		setNote('Loading…');
		void (async () => {
			try {
				const opened = await store();
				if (overlay === 'history') {
					const records = await opened.listQueries({limit: HISTORY_ROWS});
					if (current) setHistory(records.map(record => historyItemOf(record, scope)));
				} else {
					const saved = await opened.views();
					if (current) setViews(saved);
				}
				if (current) setNote(undefined);
			} catch (error) {
				if (current) setNote(oneLineMessage(error));
			}
		})();
		return () => {
			current = false;
		};
	}, [overlay, scope, store]);
	const saveView = useCallback(
		async (name: string, query: CostQuery): Promise<string | undefined> => {
			try {
				const {checkViewName} = await import('../source/history/saved-views.js');
				const checked = checkViewName(name);
				const options = viewOptionsOf(query);
				if (options === undefined) return 'This view’s filter has no `aws-cost query --filter` form: it cannot be saved.';
				await (await store()).saveView({name: checked, options, savedAt: new Date().toISOString()});
				return undefined;
			} catch (error) {
				return oneLineMessage(error);
			}
		},
		[store],
	);
	return {history, views, note, saveView};
}
