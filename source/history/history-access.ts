import type {HistoryStore} from './history-store.js';
import {type HistoryLocation, openHistory, type OpenHistoryOptions} from './open-history.js';

/**
 * The history store for reading and for views, opened on first use and
 * shared; a store that failed to open is tried again on the next use.
 */
export class HistoryAccess {
	readonly location: HistoryLocation;
	private readonly options: OpenHistoryOptions;
	private opened: Promise<HistoryStore> | undefined;

	constructor(location: HistoryLocation, options: OpenHistoryOptions = {}) {
		this.location = location;
		this.options = options;
	}

	store(): Promise<HistoryStore> {
		if (this.opened === undefined) {
			const opening = openHistory(this.location, this.options);
			opening.catch(() => {
				if (this.opened === opening) this.opened = undefined;
			});
			this.opened = opening;
		}
		return this.opened;
	}

	/** Runs `work` on the store opened for it alone, then closes it (a CLI command's one use). */
	static async once<T>(location: HistoryLocation, options: OpenHistoryOptions, work: (store: HistoryStore) => Promise<T>): Promise<T> {
		const store = await openHistory(location, options);
		try {
			return await work(store);
		} finally {
			await store.close();
		}
	}

	async close(): Promise<void> {
		const store = await this.opened?.catch(() => undefined);
		this.opened = undefined;
		await store?.close();
	}
}
