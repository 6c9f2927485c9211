// `npm run media`: drives the demo app in a real terminal (tmux), captures
// frames with their colours and writes them to media/ as SVG for the README.
import {execFileSync} from 'node:child_process';
import {mkdtempSync, mkdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {ansiToSvg} from './ansi-to-svg.js';

const session = `aws-cost-media-${process.pid}`;
const home = mkdtempSync(join(tmpdir(), 'aws-cost-media-'));
const tmux = (...args: string[]) => execFileSync('tmux', args, {encoding: 'utf8'});
const capture = () => tmux('capture-pane', '-t', session, '-e', '-p');
const plainCapture = () => tmux('capture-pane', '-t', session, '-p');
const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

/** Waits until the screen shows `text` and stops changing (pages finished streaming). */
async function waitForStableScreen(text: string, timeoutMs = 20_000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	let previous = '';
	while (Date.now() < deadline) {
		const screen = plainCapture();
		if (screen.includes(text) && screen === previous) return;
		previous = screen;
		await sleep(400);
	}
	throw new Error(`the screen never settled on "${text}":\n${plainCapture()}`);
}

async function shoot(name: string, title: string, waitFor: string, keys?: string): Promise<void> {
	if (keys !== undefined) tmux('send-keys', '-t', session, keys);
	await waitForStableScreen(waitFor);
	writeFileSync(join('media', `${name}.svg`), ansiToSvg(capture(), {title}));
	console.log(`media/${name}.svg`);
}

const env = [
	`HOME=${home}`,
	`XDG_CONFIG_HOME=${join(home, 'config')}`,
	`AWS_COST_CACHE_DIR=${join(home, 'cache')}`,
	`XDG_STATE_HOME=${join(home, 'state')}`,
	'AWS_COST_TODAY=2026-11-25',
	'TERM=xterm-256color',
	'COLORTERM=truecolor',
].join(' ');

mkdirSync('media', {recursive: true});
tmux('new-session', '-d', '-s', session, '-x', '150', '-y', '42', `env ${env} node dist/cli.js --demo`);
try {
	await shoot('overview', 'aws-cost: the demo organization this month, by service', 'Amazon Elastic Compute Cloud');
	await shoot('drill-down', 'aws-cost: drilled into EC2 compute, by usage type', 'by USAGE_TYPE', 'Enter');
	await shoot('help', 'aws-cost: the key bindings overlay', 'Quit', '?');
	tmux('send-keys', '-t', session, '?');
	await sleep(500);
	await shoot('accounts', 'aws-cost: the account switcher', 'All accounts', 'a');
	tmux('send-keys', '-t', session, 'Escape');
	await sleep(500);
	await shoot('anomalies', 'aws-cost: anomalies of the month with their causes', 'NatGateway', 'A');
	tmux('send-keys', '-t', session, 'Escape');
	await sleep(500);
	tmux('send-keys', '-t', session, 'i');
	await sleep(500);
	tmux('send-keys', '-t', session, '-l', 'why did EC2 go up last month?');
	await shoot('chat', 'aws-cost: a question answered from real numbers (offline parser)', 'Biggest increases', 'Enter');
} finally {
	tmux('kill-session', '-t', session);
	rmSync(home, {recursive: true, force: true});
}

// The web dashboard, in Chromium.
const {writeWebMedia} = await import('./web-media.js');
for (const path of await writeWebMedia()) console.log(path);
