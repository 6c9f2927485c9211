import {EventEmitter} from 'node:events';
import {stripVTControlCharacters} from 'node:util';
import {type Instance, render} from 'ink';
import type {ReactNode} from 'react';
import {App, type AppProps} from '../components/app.js';
import {KeyRouterProvider} from '../components/key-router-provider.js';
import {ThemeContext} from '../hooks/theme-context.js';
import type {IsoDate} from '../source/dates.js';
import {CostEngine} from '../source/engine.js';
import type {Scope} from '../source/query.js';
import {DEFAULT_SETTINGS, type Settings} from '../source/settings.js';
import {DEFAULT_KEY_MAP, type KeyMap} from '../source/view/key-map.js';
import {type Theme, themeByName} from '../themes/index.js';
import {FakeCostSource} from './view/fake-source.js';
// The app loads the chat's assistant after its first frame; tests load it up front, so that a
// question asked at once waits for an answer, not for these modules' transform on a busy machine.
import '../source/assistant/assistant.js';
import '../source/assistant/offline-answerer.js';

/** Escape sequences a terminal sends for special keys. */
export const keys = {
	enter: '\r',
	escape: '\u001B',
	up: '\u001B[A',
	down: '\u001B[B',
	right: '\u001B[C',
	left: '\u001B[D',
	pageUp: '\u001B[5~',
	pageDown: '\u001B[6~',
	tab: '\t',
	shiftTab: '\u001B[Z',
	backspace: '\u007F',
	ctrlC: '\u0003',
} as const;

/** Text as a terminal with bracketed paste on sends a paste. */
export const bracketedPaste = (text: string): string => `\u001B[200~${text}\u001B[201~`;

/** A terminal-sized stdout that keeps every frame written. */
export class FakeStdout extends EventEmitter {
	readonly isTTY = true;
	columns: number;
	rows: number;
	readonly frames: string[] = [];
	/** Called with each frame as it is written (benchmarks time these). */
	onWrite: ((frame: string) => void) | undefined;

	constructor(columns: number, rows: number) {
		super();
		this.columns = columns;
		this.rows = rows;
	}

	write = (frame: string): boolean => {
		this.frames.push(frame);
		this.onWrite?.(frame);
		return true;
	};
}

/** A raw-mode stdin that keys can be written into. */
export class FakeStdin extends EventEmitter {
	readonly isTTY = true;
	private data: string | null = null;
	write = (data: string): void => {
		this.data = data;
		this.emit('readable');
		this.emit('data', data);
	};
	read = (): string | null => {
		const {data} = this;
		this.data = null;
		return data;
	};
	setEncoding(): void {}
	setRawMode(): void {}
	resume(): void {}
	pause(): void {}
	ref(): void {}
	unref(): void {}
}

export interface Rendered {
	readonly instance: Instance;
	readonly stdout: FakeStdout;
	/** The latest frame, ANSI stripped. */
	lastFrame(): string;
	/** The latest frame with its colours. */
	rawFrame(): string;
	press(...sequences: string[]): void;
	/** Renders a new tree in the same providers. */
	rerender(node: ReactNode): void;
	/** Waits until the latest frame satisfies the check (text it includes, or a predicate). */
	waitFor(check: string | ((frame: string) => boolean), timeoutMs?: number): Promise<string>;
	resize(columns: number, rows: number): void;
	unmount(): void;
}

export interface RenderOptions {
	readonly columns?: number;
	readonly rows?: number;
	readonly theme?: Theme;
	readonly keyMap?: KeyMap;
}

/** Renders any tree inside the app's providers on a fake terminal of a fixed size. */
export function renderWithProviders(node: ReactNode, options: RenderOptions = {}): Rendered {
	const stdout = new FakeStdout(options.columns ?? 120, options.rows ?? 40);
	const stdin = new FakeStdin();
	const wrap = (tree: ReactNode) => (
		<ThemeContext.Provider value={options.theme ?? themeByName('dark')}>
			<KeyRouterProvider keyMap={options.keyMap ?? DEFAULT_KEY_MAP}>{tree}</KeyRouterProvider>
		</ThemeContext.Provider>
	);
	const instance = render(wrap(node), {
			stdout: stdout as unknown as NodeJS.WriteStream,
			stdin: stdin as unknown as NodeJS.ReadStream,
			debug: true,
			exitOnCtrlC: true,
			patchConsole: false,
	});
	const rawFrame = () => stdout.frames[stdout.frames.length - 1] ?? '';
	const lastFrame = () => stripVTControlCharacters(rawFrame());
	return {
		instance,
		stdout,
		lastFrame,
		rawFrame,
		press: (...sequences) => {
			for (const sequence of sequences) stdin.write(sequence);
		},
		waitFor: async (check, timeoutMs = 3000) => {
			const ok = typeof check === 'string' ? (frame: string) => frame.includes(check) : check;
			const deadline = Date.now() + timeoutMs;
			while (!ok(lastFrame())) {
				if (Date.now() > deadline) {
					throw new Error(`Timed out waiting for ${typeof check === 'string' ? JSON.stringify(check) : 'a frame'}; last frame:\n${lastFrame()}`);
				}
				await new Promise(resolve => setTimeout(resolve, 5));
			}
			return lastFrame();
		},
		resize: (columns, rows) => {
			stdout.columns = columns;
			stdout.rows = rows;
			stdout.emit('resize');
		},
		rerender: tree => instance.rerender(wrap(tree)),
		unmount: () => instance.unmount(),
	};
}

export const TEST_TODAY = '2026-03-17' as IsoDate;

export interface AppRenderOptions extends RenderOptions {
	readonly source?: FakeCostSource;
	readonly scope?: Scope;
	readonly settings?: Settings;
	readonly exportDirectory?: string;
	readonly listProfiles?: () => Promise<string[]>;
	readonly engineFor?: AppProps['engineFor'];
	readonly loadPluginFormats?: AppProps['loadPluginFormats'];
}

/** The whole app over a fake source: one engine per scope, as the session makes them. */
export function renderApp(options: AppRenderOptions = {}): Rendered & {source: FakeCostSource; engines: Map<string, CostEngine>} {
	const source = options.source ?? new FakeCostSource();
	const engines = new Map<string, CostEngine>();
	const engineFor =
		options.engineFor ??
		(async (scope: Scope) => {
			const id = JSON.stringify(scope);
			let engine = engines.get(id);
			if (engine === undefined) {
				engine = new CostEngine({source, today: TEST_TODAY});
				engines.set(id, engine);
			}
			return engine;
		});
	const rendered = renderWithProviders(
		<App
			engineFor={engineFor}
			initialScope={options.scope ?? {source: 'demo'}}
			today={TEST_TODAY}
			settings={options.settings ?? DEFAULT_SETTINGS}
			exportDirectory={options.exportDirectory ?? process.cwd()}
			{...(options.listProfiles === undefined ? {} : {listProfiles: options.listProfiles})}
			{...(options.loadPluginFormats === undefined ? {} : {loadPluginFormats: options.loadPluginFormats})}
		/>,
		options,
	);
	return {...rendered, source, engines};
}
