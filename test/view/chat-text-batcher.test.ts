import {expect, test} from 'vitest';
import {type Schedule, createTextBatcher} from '../../source/view/chat-text-batcher.js';

/** A schedule the test runs by hand. */
function manualSchedule() {
	const queue: {run: () => void; cancelled: boolean; delayMs: number}[] = [];
	const schedule: Schedule = (run, delayMs) => {
		const entry = {run, cancelled: false, delayMs};
		queue.push(entry);
		return {cancel: () => (entry.cancelled = true)};
	};
	const runDue = () => {
		for (const entry of queue.splice(0)) if (!entry.cancelled) entry.run();
	};
	return {schedule, runDue, queue};
}

test('hundreds of deltas before the timer fires are one delivery', () => {
	const delivered: string[] = [];
	const {schedule, runDue, queue} = manualSchedule();
	const batcher = createTextBatcher(text => delivered.push(text), 50, schedule);
	for (let index = 0; index < 400; index++) batcher.push('x');
	expect(delivered).toEqual([]);
	expect(queue).toHaveLength(1);
	expect(queue[0]!.delayMs).toBe(50);
	runDue();
	expect(delivered).toEqual(['x'.repeat(400)]);
	batcher.push('y');
	runDue();
	expect(delivered).toEqual(['x'.repeat(400), 'y']);
});

test('flush delivers at once and cancels the timer; nothing buffered delivers nothing', () => {
	const delivered: string[] = [];
	const {schedule, runDue} = manualSchedule();
	const batcher = createTextBatcher(text => delivered.push(text), 50, schedule);
	batcher.flush();
	batcher.push('EC2 ');
	batcher.push('cost');
	batcher.flush();
	runDue();
	expect(delivered).toEqual(['EC2 cost']);
	batcher.push('!');
	batcher.dispose();
	expect(delivered).toEqual(['EC2 cost', '!']);
});
