import {CostError} from '../../errors.js';
import type {ExportLocation} from '../export-location.js';
import type {ExportSessionOptions} from '../open-export-source.js';
import type {CostSource} from '../source.js';

export function createAthenaSource(_location: Extract<ExportLocation, {kind: 'athena'}>, _options: ExportSessionOptions): CostSource {
	throw new CostError('unavailable', 'Athena sources are not available yet.');
}
