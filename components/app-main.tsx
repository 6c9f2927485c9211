import {type Instance, render} from 'ink';
import type {Clock} from '../source/clock.js';
import type {CostEngine} from '../source/engine.js';
import type {IsoDate} from '../source/dates.js';
import {oneLineMessage} from '../source/errors.js';
import type {Scope} from '../source/query.js';
import {SettingsStore} from '../source/settings.js';
import {BudgetStore} from '../source/insights/budget-config.js';
import type {Budget} from '../source/analysis/budgets.js';
import {resolveKeyMap} from '../source/view/key-map.js';
import {type ChatFlags, resolveChatSetup} from '../source/view/chat-setup.js';
import {DisclosureLog} from '../source/assistant/remote-disclosure.js';
import {fileLogger} from '../source/log.js';
import {defaultStateDir} from '../source/paths.js';
import {ThemeContext} from '../hooks/theme-context.js';
import {loadFirstView} from '../hooks/first-view.js';
import {sameScope} from '../hooks/use-engine.js';
import {initialAppState} from '../source/view/app-state.js';
import {openedOnView} from '../source/view/saved-queries.js';
import type {SavedView} from '../source/history/history-types.js';
import {resolveTheme} from '../themes/index.js';
import {App} from './app.js';
import {ErrorBoundary} from './error-boundary.js';
import {KeyRouterProvider} from './key-router-provider.js';
import {NO_CREDENTIALS_NOTE} from '../source/view/status-line.js';
import {type AlternateScreen, enterAlternateScreen, restoreOnSignal} from '../source/cli/terminal-screen.js';

export interface RunAppOptions {
	readonly engineFor: (scope: Scope) => Promise<CostEngine>;
	readonly initialScope: Scope;
	readonly today: IsoDate;
	/** Where today comes from while the app runs (moves overnight unless --today pinned it). */
	readonly clock?: Clock;
	/** True when the app opened on demo data (no credentials, or --demo). */
	readonly demo: boolean;
	/** The demo opened because no credentials were found: the app says so and how to add them. */
	readonly noCredentials?: boolean;
	/** The --theme flag; wins over the settings. */
	readonly theme?: string;
	readonly listProfiles?: () => Promise<string[]>;
	/** Where settings live (tests); else AWS_COST_CONFIG_DIR, else the user's config directory. */
	readonly settingsDirectory?: string;
	readonly stdout?: NodeJS.WriteStream;
	readonly stdin?: NodeJS.ReadStream;
	/** --offline, --provider, --model: win over the settings. */
	readonly chat?: ChatFlags;
	/** The engine for `initialScope`, when the command line opened it while the app loaded. */
	readonly initialEngine?: CostEngine;
	/** The alternate screen when the command line already entered it (and painted the start-up frame). */
	readonly screen?: AlternateScreen;
	/** How long the first view's figures are waited for before the first frame (FIRST_VIEW_WAIT_MS). */
	readonly firstViewWaitMs?: number;
	/** `--view NAME`: the saved view the app opens on. */
	readonly initialView?: SavedView;
}

/**
 * How long the first view's figures are waited for before the app draws
 * without them: a warm cache or the demo answers well within it; Cost
 * Explorer over the network often does not, and the app shows its progress.
 */
const FIRST_VIEW_WAIT_MS = 250;

/**
 * Runs the full-screen app until the user quits; resolves to the exit code.
 * The terminal is always given back as it was: the alternate screen is left
 * on quit, on a crash, and on SIGINT/SIGTERM.
 */
export async function runApp(options: RunAppOptions): Promise<number> {
	const stdout = options.stdout ?? process.stdout;
	const stdin = options.stdin ?? process.stdin;
	// AWS_COST_CONFIG_DIR moves the settings file for every part of the app that shares it.
	const settingsDirectory = options.settingsDirectory ?? (process.env['AWS_COST_CONFIG_DIR'] || undefined);
	const store = new SettingsStore(settingsDirectory === undefined ? {} : {cwd: settingsDirectory});
	const {settings, problems} = store.load();
	const {keyMap, problems: keyProblems} = resolveKeyMap(settings.keyBindings);
	const theme = resolveTheme({...(options.theme === undefined ? {} : {flag: options.theme}), ...(settings.theme === undefined ? {} : {configured: settings.theme})});
	const {budgets, problem: budgetProblem} = readBudgets(settingsDirectory);
	const stateDirectory = defaultStateDir(process.env);
	const {setup: chat, problem: chatProblem} = resolveChatSetup(settings, options.chat ?? {}, process.env, {
		disclosures: new DisclosureLog(stateDirectory),
		log: fileLogger(stateDirectory),
		onModelChosen: model => void store.save({model}).catch(() => undefined),
	});
	const startupProblems = [...problems, ...keyProblems, ...(budgetProblem === undefined ? [] : [budgetProblem]), ...(chatProblem === undefined ? [] : [chatProblem])];
	const initialScope =
		options.initialScope.source === 'aws' && options.initialScope.profile === undefined && settings.defaultProfile !== undefined
			? {...options.initialScope, profile: settings.defaultProfile}
			: options.initialScope;

	const screen = options.screen ?? enterAlternateScreen(stdout);
	screen.handOver(stdout);
	let crash: unknown;
	const removeSignalHandlers = restoreOnSignal(screen);
	let instance: Instance | undefined;
	const onCrash = (error: unknown) => {
		crash = error;
		// A crash in the very first render happens before render() has returned.
		setImmediate(() => instance?.unmount());
	};
	try {
		// The start-up frame stays on screen a moment longer, so that Ink's first frame is the data's.
		const firstView =
			options.initialEngine !== undefined && sameScope(options.initialScope, initialScope)
				? await loadFirstView(
						options.initialEngine,
						openingState(initialAppState({scope: initialScope, today: options.clock?.today() ?? options.today, drillPath: settings.drillPath}), options.initialView),
						options.firstViewWaitMs ?? FIRST_VIEW_WAIT_MS,
					)
				: undefined;
		instance = render(
			<ErrorBoundary onCrash={onCrash}>
				<ThemeContext.Provider value={theme}>
					<KeyRouterProvider keyMap={keyMap}>
						<App
							engineFor={options.engineFor}
							initialScope={initialScope}
							today={options.today}
							{...(options.clock === undefined ? {} : {clock: options.clock})}
							settings={settings}
							{...(options.listProfiles === undefined ? {} : {listProfiles: options.listProfiles})}
							exportDirectory={settings.exportDir ?? process.cwd()}
							{...(settings.plugins === undefined || settings.plugins.length === 0
								? {}
								: {loadPluginFormats: async () => (await import('../source/plugins/app-formats.js')).pluginExportFormats(settings.plugins ?? [], store.directory)})}
							onProfileChosen={profile => void store.save({defaultProfile: profile}).catch(() => undefined)}
							{...(startupProblems.length === 0 ? {} : {startupNotice: startupProblems.join(' ')})}
							budgets={budgets}
							chat={chat}
							{...(options.noCredentials === true ? {demoReason: NO_CREDENTIALS_NOTE} : {})}
							{...(options.initialEngine === undefined ? {} : {openedEngine: {scope: options.initialScope, engine: options.initialEngine}})}
							{...(firstView === undefined ? {} : {firstView})}
							{...(options.initialView === undefined ? {} : {initialView: options.initialView})}
						/>
					</KeyRouterProvider>
				</ThemeContext.Provider>
			</ErrorBoundary>,
			{
				stdout,
				stdin,
				exitOnCtrlC: true,
				// A stray console.log must not tear the frame; Ink can only catch it where console.Console exists.
				patchConsole: typeof console.Console === 'function',
				maxFps: 60,
				// Not incrementalRendering: after a resize it skips lines it thinks unchanged, leaving stale rows (tried in tmux).
			},
		);
		await instance.waitUntilExit();
	} catch (error) {
		crash ??= error;
	} finally {
		screen.restore();
		removeSignalHandlers();
	}
	if (crash !== undefined) {
		process.stderr.write(`aws-cost: ${oneLineMessage(crash)}\n`);
		return 1;
	}
	return 0;
}

const openingState = (state: ReturnType<typeof initialAppState>, view: SavedView | undefined) => (view === undefined ? state : openedOnView(state, view));

/** The budgets kept beside the settings; a bad entry is a start-up notice, not a crash. */
function readBudgets(directory: string | undefined): {budgets: readonly Budget[]; problem?: string} {
	try {
		return {budgets: new BudgetStore(directory === undefined ? {} : {cwd: directory}).list()};
	} catch (error) {
		return {budgets: [], problem: oneLineMessage(error)};
	}
}
