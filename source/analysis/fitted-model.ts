/** How a forecast was made, from the richest model to none at all. */
export type ForecastMethod = 'holt-winters' | 'seasonal-naive' | 'mean' | 'flat' | 'none';

/**
 * A model's point forecasts plus what its intervals are built from: the
 * one-step error spread `sigma` and the weights ψ_j (ψ_0 = 1) of the
 * innovation j steps back in an h-step error, so that
 * Var(h-step error) = σ²·Σ_{j<h} ψ_j², and sums over several days can be
 * given honest (correlated) intervals too.
 */
export interface FittedModel {
	readonly method: ForecastMethod;
	/** One per day ahead, starting with tomorrow; not yet clipped at zero. */
	readonly means: readonly number[];
	readonly sigma: number;
	readonly errorWeights: readonly number[];
}
