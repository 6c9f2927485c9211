import {AsyncLocalStorage} from 'node:async_hooks';

/** Told of each billable request a source makes while answering one engine call. */
export type BillableMeter = (requests: number) => void;

const meters = new AsyncLocalStorage<BillableMeter>();

/**
 * Runs one source call with `meter` told of every billable request it makes:
 * the engine counts each kind of question exactly, even while other calls
 * run at the same time.
 */
export function metered<T>(meter: BillableMeter, call: () => Promise<T>): Promise<T> {
	return meters.run(meter, call);
}

/** A source calls this once per request it pays for; outside a metered call it does nothing. */
export function countBillable(requests = 1): void {
	meters.getStore()?.(requests);
}
