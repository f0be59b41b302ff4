/**
 * Who ended the latest sweep early: the user's Cancel, or a newer run or sweep that took the
 * workers. The tuning state only knows the sweep was cancelled; the form that holds the Cancel
 * button records the press, here rather than in the form so a visit to another page keeps it.
 */
export const sweepCancel = $state({ byUser: false });
