import {defaultConfigDir} from '../config-file.js';
import {SettingsStore} from '../settings.js';
import {HistoryRecorder} from './history-recorder.js';
import {DEFAULT_RETENTION_DAYS, historyBufferPath, historyLocation} from './open-history.js';
import type {QueryOrigin} from './query-origin.js';

/** `AWS_COST_HISTORY=off`: nothing is recorded (the store still answers `history` and `views`). */
export function historyRecordingOff(env: NodeJS.ProcessEnv): boolean {
	return env['AWS_COST_HISTORY'] === 'off';
}

/** The settings' `historyRetentionDays` (90 by default; 0 keeps everything). */
export function retentionDays(env: NodeJS.ProcessEnv): number {
	return new SettingsStore({cwd: defaultConfigDir(env)}).load().settings.historyRetentionDays ?? DEFAULT_RETENTION_DAYS;
}

export interface RecorderSetup {
	readonly env: NodeJS.ProcessEnv;
	readonly origin: QueryOrigin;
	readonly warn: (message: string) => void;
	/** `--db-url`, over AWS_COST_DB_URL. */
	readonly dbUrl?: string;
}

/**
 * The recorder a front end hands its Session: where AWS_COST_DB_URL / `--db-url`
 * say, else the local file; none when recording is off. Nothing is opened
 * until the first answer is recorded.
 */
export function historyRecorderFor(setup: RecorderSetup): HistoryRecorder | undefined {
	if (historyRecordingOff(setup.env)) return undefined;
	return new HistoryRecorder({
		location: historyLocation(setup.env, setup.dbUrl),
		bufferPath: historyBufferPath(setup.env),
		origin: setup.origin,
		retentionDays: retentionDays(setup.env),
		warn: setup.warn,
	});
}
