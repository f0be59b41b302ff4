import { expose } from 'comlink';
import { exposedSimApi } from './exposedSimApi';
import { holdLifeLock } from './lifeLock';

// The page watches this lock to learn when the worker is gone (lifeLock.ts).
expose({
  ...exposedSimApi(),
  holdLifeLock: (name: string) => holdLifeLock(navigator.locks, name),
});
