import {describe, expect, it} from 'vitest';
import {startupFrame} from '../../source/cli/startup-frame.js';
import {enterAlternateScreen} from '../../source/cli/terminal-screen.js';

describe('the start-up frame', () => {
	it.each([
		[140, 40],
		[80, 24],
		[50, 15],
		[19, 5],
		[10, 2],
		[1, 1],
		[0, 0],
	])('never exceeds a %i×%i terminal', (columns, rows) => {
		const lines = startupFrame({columns, rows, badge: 'DEMO'}).split('\n');
		expect(lines.length).toBeLessThanOrEqual(Math.max(rows, 1));
		for (const line of lines) expect([...line].length).toBeLessThanOrEqual(columns);
	});

	it('fills the terminal with the header, an empty frame and what is happening', () => {
		const lines = startupFrame({columns: 80, rows: 24, badge: 'DEMO'}).split('\n');
		expect(lines).toHaveLength(24);
		expect(lines[0]).toBe(' DEMO  aws-cost');
		expect(lines[2]).toBe(`╭${'─'.repeat(78)}╮`);
		expect(lines[3]).toMatch(/^│ Loading… +│$/);
		expect(lines[22]).toBe(`╰${'─'.repeat(78)}╯`);
		expect(startupFrame({columns: 80, rows: 24})).not.toContain('DEMO');
	});
});

describe('handing the screen over to the app', () => {
	const clear = '\u001B[H\u001B[2J';
	const stream = () => {
		const writes: string[] = [];
		return {writes, stream: {write: (text: string) => writes.push(text)}};
	};

	it('clears the start-up frame in the same write as the first frame, inside a synchronized update', () => {
		const {writes, stream: stdout} = stream();
		const screen = enterAlternateScreen(stdout, 'frame');
		expect(writes).toEqual(['\u001B[?1049h\u001B[?2004h\u001B[?25l\u001B[H\u001B[2Jframe']);
		screen.handOver(stdout);
		stdout.write('\u001B[?2026h');
		stdout.write('first frame');
		stdout.write('second frame');
		expect(writes.slice(1)).toEqual(['\u001B[?2026h', `${clear}first frame`, 'second frame']);
		expect(Object.hasOwn(stdout, 'write')).toBe(true);
	});

	it('gives a stream its own write back', () => {
		class Stream {
			readonly writes: string[] = [];
			write(text: string) {
				this.writes.push(text);
			}
		}
		const stdout = new Stream();
		enterAlternateScreen(stdout, 'frame').handOver(stdout);
		stdout.write('first');
		expect(Object.hasOwn(stdout, 'write')).toBe(false);
		expect(stdout.writes.at(-1)).toBe(`${clear}first`);
	});

	it('without a start-up frame the app enters the screen itself and nothing is cleared', () => {
		const {writes, stream: stdout} = stream();
		const screen = enterAlternateScreen(stdout);
		screen.handOver(stdout);
		stdout.write('first');
		screen.restore();
		screen.restore();
		expect(writes).toEqual(['\u001B[?1049h\u001B[?2004h', 'first', '\u001B[?2004l\u001B[?1049l\u001B[?25h']);
	});
});
