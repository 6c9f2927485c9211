import {type Clock, resolveClock} from '../clock.js';
import type {IsoDate} from '../dates.js';
import type {CostEngine} from '../engine.js';
import {badInput} from '../errors.js';
import {exportScope, type SourceFlags} from '../application/query-request.js';
import type {ExportLocation} from '../sources/export-location.js';
import type {Scope} from '../query.js';
import {Session} from '../session.js';
import {type Settings, SettingsStore, THEME_NAMES, isThemeName} from '../settings.js';
import {defaultConfigDir} from '../config-file.js';
import {resolveTimeoutMs} from '../timeouts.js';
import type {ChatFlags} from '../view/chat-setup.js';
import type {SavedView} from '../history/history-types.js';
import {quoteInput} from '../quote-input.js';
import {type CommandIo, parseCommandArgs, runCommand} from './io.js';
import {withDefaultSource} from './query-options.js';
import {startupFrame} from './startup-frame.js';
import {type AlternateScreen, enterAlternateScreen, restoreOnSignal} from './terminal-screen.js';

/** What the full-screen app needs from the command line; the app lives outside source/. */
export interface TuiLaunchOptions {
	readonly engineFor: Session['engineFor'];
	readonly initialScope: Scope;
	/** Today when the app starts. */
	readonly today: IsoDate;
	/** Today while it runs: the app moves to the new day overnight unless --today / AWS_COST_TODAY pinned it. */
	readonly clock: Clock;
	readonly demo: boolean;
	/** The demo opened because no credentials were found, not because --demo asked for it. */
	readonly noCredentials?: boolean;
	readonly theme?: string;
	readonly listProfiles: () => Promise<string[]>;
	readonly chat: ChatFlags;
	/** The engine for `initialScope`, opened while the app loaded; absent when opening failed (the app says why). */
	readonly initialEngine?: CostEngine;
	/** The alternate screen, entered and painted with the start-up frame before the app loaded. */
	readonly screen: AlternateScreen;
	/** `--view NAME`: the saved view the app opens on. */
	readonly initialView?: SavedView;
}

/** `--source` for the app (or the settings' default source): an export's location, or undefined for Cost Explorer / the demo. */
function tuiExportLocation(values: SourceFlags, env: NodeJS.ProcessEnv, settings: Settings): ExportLocation | undefined {
	const scope = exportScope(withDefaultSource(values, env, settings));
	return scope?.kind === 'export' ? scope.location : undefined;
}

export type TuiLauncher = (options: TuiLaunchOptions) => Promise<number>;

const TUI_OPTIONS = {
	demo: {type: 'boolean'},
	profile: {type: 'string'},
	theme: {type: 'string'},
	today: {type: 'string'},
	'no-cache': {type: 'boolean'},
	offline: {type: 'boolean'},
	provider: {type: 'string'},
	model: {type: 'string'},
	timeout: {type: 'string'},
	source: {type: 'string'},
	'athena-workgroup': {type: 'string'},
	'athena-output': {type: 'string'},
	view: {type: 'string'},
} as const;

/** `--view NAME`: the saved view, checked to run against today; unknown or broken is a one-line error before the app starts. */
async function savedViewNamed(name: string, env: NodeJS.ProcessEnv, today: IsoDate): Promise<SavedView> {
	const [{HistoryAccess}, {historyLocation}, {savedViewQuery}] = await Promise.all([
		import('../history/history-access.js'),
		import('../history/open-history.js'),
		import('../view/saved-queries.js'),
	]);
	const view = await HistoryAccess.once(historyLocation(env), {}, store => store.view(name.trim()));
	if (view === undefined) throw badInput(`No saved view named ${quoteInput(name)} (aws-cost views list).`);
	const opened = savedViewQuery(view, today, {source: 'demo'});
	if (!opened.ok) throw badInput(opened.message);
	return view;
}

/**
 * `aws-cost` with no sub-command: the full-screen app. Without credentials it
 * opens the demo organization, which the app labels as such everywhere.
 */
export function runTui(
	argv: readonly string[],
	io: CommandIo & {readonly stdinIsTty: boolean},
	launch: () => Promise<TuiLauncher>,
): Promise<number> {
	return runCommand(io, async () => {
		const {values} = parseCommandArgs(argv, TUI_OPTIONS);
		if (values.theme !== undefined && !isThemeName(values.theme)) {
			throw badInput(`Unknown theme "${values.theme}": use ${THEME_NAMES.join(', ')}.`);
		}
		if (!io.stdout.isTTY || !io.stdinIsTty) {
			throw badInput('The full-screen app needs a terminal: for scripts use `aws-cost query` (see `aws-cost --help`).');
		}
		if (values.demo && values.profile !== undefined) throw badInput('--demo uses the demo organization: drop --profile.');
		if (values.offline && (values.provider !== undefined || values.model !== undefined)) {
			throw badInput('--offline answers without a model: drop --provider/--model.');
		}
		if (values.provider !== undefined && !['ollama', 'openai'].includes(values.provider.trim().toLowerCase())) {
			throw badInput(`Unknown provider "${values.provider}": use ollama or openai, or --offline.`);
		}
		// One read of the settings file before the first frame; the app reads its own after.
		const {settings} = new SettingsStore({cwd: defaultConfigDir(io.env)}).load();
		const exportLocation = tuiExportLocation(values, io.env, settings);
		const clock = resolveClock(values.today, io.env);
		const timeoutMs = resolveTimeoutMs(values.timeout, io.env, settings.timeout);
		const initialView = values.view === undefined ? undefined : await savedViewNamed(values.view, io.env, clock.today());
		// Paint first, load later: the start-up frame is on screen before Ink, React, the
		// credentials' @smithy code or the AWS SDK are loaded.
		const screen = enterAlternateScreen(
			io.stdout,
			startupFrame({columns: io.stdout.columns ?? 80, rows: io.stdout.rows ?? 24, ...(values.demo ? {badge: 'DEMO'} : {})}),
		);
		const untilHandOver = restoreOnSignal(screen);
		let session: Session | undefined;
		try {
			const app = launch();
			// Unobserved until awaited below; a failure to load is reported there.
			app.catch(() => undefined);
			const credentials = () => import('../sources/cost-explorer/credentials.js');
			const live = exportLocation !== undefined || (!values.demo && values.source !== 'demo') && (values.profile !== undefined || (await (await credentials()).hasAwsCredentials(io.env)));
			const profile = values.profile ?? (io.env['AWS_PROFILE'] || undefined);
			const initialScope: Scope = exportLocation !== undefined ? {source: 'export', exportLocation} : live ? (profile === undefined ? {source: 'aws'} : {source: 'aws', profile}) : {source: 'demo'};
			// Loaded after the first frame; the recorder opens its store only once the first answer is in.
			const {historyRecorderFor} = await import('../history/history-settings.js');
			const history = historyRecorderFor({env: io.env, origin: {frontEnd: 'app', command: 'app'}, warn: message => io.logger(`warning: ${message}`)});
			session = new Session({clock, cacheMode: values['no-cache'] ? 'off' : 'use', env: io.env, logger: io.logger, timeoutMs, ...(history === undefined ? {} : {history})});
			// Ink holds every frame back until exit when CI is set; a person at this terminal wants to see them.
			for (const name of ['CI', 'CONTINUOUS_INTEGRATION']) if (process.env[name] !== undefined) process.env[name] = 'false';
			// Open the first engine (cache file, source) while the app's modules load, not after.
			const [runApp, initialEngine] = await Promise.all([app, session.engineFor(initialScope).catch(() => undefined)]);
			untilHandOver();
			const opened = session;
			return await runApp({
				engineFor: scope => opened.engineFor(scope),
				initialScope,
				today: clock.today(),
				clock,
				demo: !live,
				noCredentials: !live && values.demo !== true,
				...(values.theme === undefined ? {} : {theme: values.theme}),
				listProfiles: async () => (await credentials()).listProfiles(io.env),
				chat: {
					...(values.offline ? {offline: true} : {}),
					...(values.provider === undefined ? {} : {provider: values.provider}),
					...(values.model === undefined ? {} : {model: values.model}),
					timeoutMs,
				},
				...(initialEngine === undefined ? {} : {initialEngine}),
				...(initialView === undefined ? {} : {initialView}),
				screen,
			});
		} finally {
			untilHandOver();
			// Before any error is printed: the message must land on the normal screen.
			screen.restore();
			await session?.close();
		}
	});
}
