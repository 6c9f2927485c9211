import {type Dispatch, createContext, useContext} from 'react';
import type {AppAction, AppState} from '../source/view/app-state.js';
import type {ExportFormat} from '../source/view/export-view.js';
import type {ViewModel} from './use-view-model.js';

/** What components may ask the container to do. */
export interface AppActions {
	readonly dispatch: Dispatch<AppAction>;
	readonly quit: () => void;
	readonly exportView: (format: ExportFormat) => void;
}

export const AppStateContext = createContext<AppState | undefined>(undefined);
export const AppActionsContext = createContext<AppActions | undefined>(undefined);
export const ViewModelContext = createContext<ViewModel | undefined>(undefined);

function required<T>(value: T | undefined, name: string): T {
	if (value === undefined) throw new Error(`${name} must be used inside the app container.`);
	return value;
}

/** The app's state, read-only. */
export const useAppState = (): AppState => required(useContext(AppStateContext), 'useAppState');
export const useAppActions = (): AppActions => required(useContext(AppActionsContext), 'useAppActions');
/** The figures for the view on screen. */
export const useViewModel = (): ViewModel => required(useContext(ViewModelContext), 'useViewModel');
