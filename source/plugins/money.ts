import {type Amount, amountToString, compareAmounts, formatAmount, parseAmount, sumAmounts} from '../money.js';
import type {PluginMoney} from './api.js';

/** The exact-money helpers every plugin context carries. */
export const pluginMoney: PluginMoney = Object.freeze({
	toString: amountToString,
	format: (amount: Amount, unit = 'USD') => formatAmount(amount, unit),
	parse: parseAmount,
	sum: sumAmounts,
	compare: compareAmounts,
});
