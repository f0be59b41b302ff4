import { expose } from 'comlink';
import { exposedSimApi } from './exposedSimApi';

expose(exposedSimApi());
