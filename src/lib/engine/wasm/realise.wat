;; The behaviour pass of one trial under one scheme, bit for bit the TypeScript in
;; behaviour/behaviourBlock.ts (realiseTrial) and behaviour/timing.ts (walkShift): the same
;; operations in the same order, so the same doubles (tests hold it to that). It covers plans
;; whose pieces of pay are kept for the block (no ratchet within the run); the others run in
;; TypeScript. Assemble with `npm run build:wasm`.
;;
;; It is one function with nothing called on the way of an ordinary cell: V8 saves every live
;; double around a call, and small helpers called per cell made it three times slower.
;;
;; It shares the draw kernel's memory. The caller lays out a frame per scheme (offsets from
;; $f, bytes): the i32 offsets of draws 0, lift 4, plan targets 8, fixed pay 12, stakes 16,
;; next marginals 20, expected sales 24, kinks 28, slopes 32 (4 per cell), kink counts 36
;; (u8 per cell), strategic 40 (u8 per rep), last sales 44 (per rep), and of what it writes:
;; targets 48, booked sales 52, moving costs 56, effort spent 60 (from effort costs 64),
;; per-cell sums pushed 68, pulled 72, sales 76 and targets 80; then reps 84, periods 88,
;; flags 92 (1 naive reps report last sales, 2 strategic reps move deals, 4 a checkpoint
;; rule), settlement block 96, push caps 100; f64 rate 104, most moved as a share 112, cost of moving 120,
;; cost of over- and under-forecasts 128 and 136. It writes the trial's base sales 144,
;; pulled 152, pushed 160, gave up 168, moving cost 176, planning cost 184, effort saved 192
;; and booked sales 200; 208 to 256 is scratch for $ask.

(module
  (import "js" "memory" (memory 1))
  ;; What a period is worth after shifting s, as timing.ts's viewedPay sees it: rule pay over
  ;; every kind of rule, left to the TypeScript (frame, cell). Only reps whose target is out
  ;; of reach ask, a tenth of moves or so.
  (import "js" "value" (func $value (param i32 i32) (result f64)))

  ;; Asks $value with the cell's target, fixed pay, sales, next marginal, curvature and shift
  ;; in the frame's scratch from 208 on: doubles passed to JavaScript as arguments would each
  ;; be allocated on its heap.
  (func $ask (param $f i32) (param $cell i32) (param $target f64) (param $fixed f64)
    (param $sales f64) (param $nm f64) (param $curv f64) (param $s f64) (result f64)
    (f64.store offset=208 (local.get $f) (local.get $target))
    (f64.store offset=216 (local.get $f) (local.get $fixed))
    (f64.store offset=224 (local.get $f) (local.get $sales))
    (f64.store offset=232 (local.get $f) (local.get $nm))
    (f64.store offset=240 (local.get $f) (local.get $curv))
    (f64.store offset=248 (local.get $f) (local.get $s))
    (call $value (local.get $f) (local.get $cell))
  )

  (func (export "realise") (param $f i32)
    (local $draws i32) (local $lift i32) (local $booked i32) (local $spent i32)
    (local $reps i32) (local $periods i32) (local $flags i32) (local $every i32)
    (local $share f64)
    (local $r i32) (local $j i32) (local $at i32) (local $strategic i32) (local $mover i32)
    (local $lost i32) (local $quit i32) (local $reach i32) (local $round i32) (local $count i32)
    (local $kinks i32) (local $slopes i32) (local $n i32) (local $p i32)
    (local $x f64) (local $y f64) (local $carry f64) (local $cost f64) (local $fixed f64)
    (local $maxPull f64) (local $maxPush f64) (local $curv f64) (local $nm f64) (local $jump f64)
    (local $moved f64) (local $keep f64) (local $sales f64) (local $miss f64)
    (local $best f64) (local $bestGain f64) (local $start f64) (local $gain f64) (local $edge f64)
    (local $end f64) (local $drift f64) (local $s f64) (local $g f64)
    (local $base f64) (local $pulled f64) (local $pushed f64) (local $gaveUp f64)
    (local $movingCost f64) (local $planning f64) (local $saved f64) (local $total f64)
    (local.set $draws (i32.load (local.get $f)))
    (local.set $lift (i32.load offset=4 (local.get $f)))
    (local.set $booked (i32.load offset=52 (local.get $f)))
    (local.set $spent (i32.load offset=60 (local.get $f)))
    (local.set $reps (i32.load offset=84 (local.get $f)))
    (local.set $periods (i32.load offset=88 (local.get $f)))
    (local.set $flags (i32.load offset=92 (local.get $f)))
    (local.set $every (i32.load offset=96 (local.get $f)))
    (local.set $share (f64.load offset=112 (local.get $f)))

    (block $repsDone
      (loop $rep
        (br_if $repsDone (i32.ge_s (local.get $r) (local.get $reps)))
        (local.set $strategic (i32.eq
          (i32.load8_u (i32.add (i32.load offset=40 (local.get $f)) (local.get $r)))
          (i32.const 1)))
        (local.set $mover (i32.and (local.get $strategic)
          (i32.ne (i32.and (local.get $flags) (i32.const 2)) (i32.const 0))))
        (local.set $carry (f64.const 0))
        (local.set $lost (i32.const 0))
        (local.set $j (i32.const 0))

        (block $periodsDone
          (loop $period
            (br_if $periodsDone (i32.ge_s (local.get $j) (local.get $periods)))
            (local.set $at (i32.shl
              (i32.add (i32.mul (local.get $r) (local.get $periods)) (local.get $j))
              (i32.const 3)))

            ;; The target: last period's sales for a naive rep that reports them, else the plan's.
            ;; Selected, not branched on: which reps are naive is drawn at random. (The booked
            ;; sales before a rep's first period are another rep's, read and not selected.)
            (local.set $x (select
              (select
                (f64.load (i32.add (i32.load offset=44 (local.get $f))
                  (i32.shl (local.get $r) (i32.const 3))))
                (f64.load offset=0 (i32.sub (i32.add (local.get $booked) (local.get $at))
                  (i32.const 8)))
                (i32.eqz (local.get $j)))
              (f64.load (i32.add (i32.load offset=8 (local.get $f)) (local.get $at)))
              (i32.and (i32.eqz (local.get $strategic))
                (i32.ne (i32.and (local.get $flags) (i32.const 1)) (i32.const 0)))))
            (f64.store (i32.add (i32.load offset=48 (local.get $f)) (local.get $at))
              (local.get $x))

            (local.set $y (f64.add
              (f64.mul (f64.load (i32.add (local.get $lift) (local.get $at)))
                (f64.load (i32.add (local.get $draws) (local.get $at))))
              (local.get $carry)))
            (local.set $base (f64.add (local.get $base)
              (f64.load (i32.add (local.get $draws) (local.get $at)))))
            (local.set $cost (f64.const 0))
            (f64.store (i32.add (local.get $spent) (local.get $at))
              (f64.load (i32.add (i32.load offset=64 (local.get $f)) (local.get $at))))

            (if (i32.and (local.get $mover)
                  (i32.lt_s (local.get $j) (i32.sub (local.get $periods) (i32.const 1))))
              (then
                (local.set $fixed
                  (if (result f64) (i32.gt_s (local.get $every) (i32.const 0))
                    (then (if (result f64) (local.get $lost)
                      (then (f64.const 0))
                      (else (f64.load (i32.add (i32.load offset=16 (local.get $f))
                        (local.get $at))))))
                    (else (f64.load (i32.add (i32.load offset=12 (local.get $f))
                      (local.get $at))))))
                (local.set $maxPull (f64.mul
                  (f64.mul (local.get $share)
                    (f64.load offset=8 (i32.add (local.get $lift) (local.get $at))))
                  (f64.load offset=8 (i32.add (local.get $draws) (local.get $at)))))
                (local.set $curv (f64.div (f64.load offset=120 (local.get $f))
                  (f64.load (i32.add (i32.load offset=24 (local.get $f)) (local.get $at)))))
                (local.set $reach
                  (f64.ge (f64.add (local.get $y) (local.get $maxPull)) (local.get $x)))
                ;; Within a settlement block a month out of reach withholds the block: the next
                ;; month's target keeps nothing, and a unit there earns only the rate. (i32.and
                ;; evaluates both sides: the remainder waits for a block to exist.)
                (local.set $nm (f64.load (i32.add (i32.load offset=20 (local.get $f))
                  (local.get $at))))
                (if (i32.gt_s (local.get $every) (i32.const 0))
                  (then
                    (if (i32.and
                          (i32.ne (i32.rem_s (i32.add (local.get $j) (i32.const 1))
                            (local.get $every)) (i32.const 0))
                          (i32.or (local.get $lost) (i32.eqz (local.get $reach))))
                      (then (local.set $nm (f64.load offset=104 (local.get $f)))))))
                (local.set $jump (select (local.get $fixed) (f64.const 0)
                  (i32.ne (i32.and (local.get $flags) (i32.const 4)) (i32.const 0))))
                (local.set $kinks (i32.add (i32.load offset=28 (local.get $f))
                  (i32.shl (local.get $at) (i32.const 2))))
                (local.set $slopes (i32.add (i32.load offset=32 (local.get $f))
                  (i32.shl (local.get $at) (i32.const 2))))
                (local.set $count (i32.load8_u (i32.add (i32.load offset=36 (local.get $f))
                  (i32.shr_u (local.get $at) (i32.const 3)))))
                (local.set $quit (i32.const 0))
                (local.set $round (i32.const 0))
                (local.set $sales (local.get $y))
                (local.set $maxPush (f64.min (f64.mul (local.get $share) (local.get $y))
                  (f64.load (i32.add (i32.load offset=100 (local.get $f)) (local.get $at)))))

                ;; Round 0 decides the shift with the period's effort; round 1, for a rep whose
                ;; target is out of reach, without it, and keeps the better of the two.
                (loop $decide
                  ;; timing.ts's walkShift: the best shift, into $best.
                  (local.set $best (f64.const 0))
                  (block $walked
                    (br_if $walked (i32.and (f64.eq (local.get $maxPull) (f64.const 0))
                      (f64.eq (local.get $maxPush) (f64.const 0))))
                    (local.set $bestGain (f64.const 0))

                    ;; Pushing: down the pieces from the one that holds the sales.
                    (local.set $start (f64.const 0))
                    (local.set $gain (f64.const 0))
                    (local.set $n (i32.const 0))
                    (block $found
                      (loop $seek
                        (br_if $found (i32.ge_s (local.get $n) (local.get $count)))
                        (br_if $found (i32.eqz (f64.lt
                          (f64.load (i32.add (local.get $kinks)
                            (i32.shl (local.get $n) (i32.const 3))))
                          (local.get $sales))))
                        (local.set $n (i32.add (local.get $n) (i32.const 1)))
                        (br $seek)))
                    (if (f64.eq (local.get $sales) (local.get $x))
                      (then (local.set $gain (f64.sub (local.get $gain) (local.get $jump)))))
                    (block $pushed
                      (loop $push
                        (br_if $pushed (i32.eqz (f64.lt (local.get $start) (local.get $maxPush))))
                        (br_if $pushed (i32.lt_s (local.get $n) (i32.const 0)))
                        (if (i32.gt_s (local.get $n) (i32.const 0))
                          (then
                            (local.set $edge (f64.load (i32.add (local.get $kinks)
                              (i32.shl (i32.sub (local.get $n) (i32.const 1)) (i32.const 3)))))
                            (local.set $end (f64.min (local.get $maxPush)
                              (f64.sub (local.get $sales) (local.get $edge)))))
                          (else
                            (local.set $edge (f64.const -inf))
                            (local.set $end (local.get $maxPush))))
                        (local.set $drift (f64.sub (local.get $nm)
                          (f64.load (i32.add (local.get $slopes)
                            (i32.shl (local.get $n) (i32.const 3))))))
                        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
                        (if (f64.gt (local.get $end) (local.get $start))
                          (then
                            ;; The piece's vertex clipped to it, and the gain there.
                            (local.set $s (f64.min (local.get $end) (f64.max (local.get $start)
                              (if (result f64) (f64.gt (local.get $curv) (f64.const 0))
                                (then (f64.div (local.get $drift) (local.get $curv)))
                                (else (select (local.get $end) (local.get $start)
                                  (f64.gt (local.get $drift) (f64.const 0))))))))
                            (local.set $g (f64.sub
                              (f64.add (local.get $gain) (f64.mul (local.get $drift)
                                (f64.sub (local.get $s) (local.get $start))))
                              (f64.mul (f64.mul (f64.const 0.5) (local.get $curv))
                                (f64.sub (f64.mul (local.get $s) (local.get $s))
                                  (f64.mul (local.get $start) (local.get $start))))))
                            (if (f64.gt (local.get $g) (local.get $bestGain))
                              (then
                                (local.set $best (local.get $s))
                                (local.set $bestGain (local.get $g))))
                            (local.set $gain (f64.sub
                              (f64.add (local.get $gain) (f64.mul (local.get $drift)
                                (f64.sub (local.get $end) (local.get $start))))
                              (f64.mul (f64.mul (f64.const 0.5) (local.get $curv))
                                (f64.sub (f64.mul (local.get $end) (local.get $end))
                                  (f64.mul (local.get $start) (local.get $start))))))
                            (local.set $start (local.get $end))))
                        (if (f64.eq (local.get $edge) (local.get $x))
                          (then (local.set $gain (f64.sub (local.get $gain) (local.get $jump)))))
                        (br $push)))

                    ;; Pulling: up the pieces from the one above the sales.
                    (local.set $start (f64.const 0))
                    (local.set $gain (f64.const 0))
                    (local.set $n (i32.const 0))
                    (block $found
                      (loop $seek
                        (br_if $found (i32.ge_s (local.get $n) (local.get $count)))
                        (br_if $found (i32.eqz (f64.le
                          (f64.load (i32.add (local.get $kinks)
                            (i32.shl (local.get $n) (i32.const 3))))
                          (local.get $sales))))
                        (local.set $n (i32.add (local.get $n) (i32.const 1)))
                        (br $seek)))
                    (block $pulled
                      (loop $pull
                        (br_if $pulled (i32.eqz (f64.lt (local.get $start) (local.get $maxPull))))
                        (br_if $pulled (i32.gt_s (local.get $n) (local.get $count)))
                        (if (i32.lt_s (local.get $n) (local.get $count))
                          (then
                            (local.set $edge (f64.load (i32.add (local.get $kinks)
                              (i32.shl (local.get $n) (i32.const 3)))))
                            (local.set $end (f64.min (local.get $maxPull)
                              (f64.sub (local.get $edge) (local.get $sales)))))
                          (else
                            (local.set $edge (f64.const inf))
                            (local.set $end (local.get $maxPull))))
                        (local.set $drift (f64.sub
                          (f64.load (i32.add (local.get $slopes)
                            (i32.shl (local.get $n) (i32.const 3))))
                          (local.get $nm)))
                        (local.set $n (i32.add (local.get $n) (i32.const 1)))
                        (if (f64.gt (local.get $end) (local.get $start))
                          (then
                            (local.set $s (f64.min (local.get $end) (f64.max (local.get $start)
                              (if (result f64) (f64.gt (local.get $curv) (f64.const 0))
                                (then (f64.div (local.get $drift) (local.get $curv)))
                                (else (select (local.get $end) (local.get $start)
                                  (f64.gt (local.get $drift) (f64.const 0))))))))
                            (local.set $g (f64.sub
                              (f64.add (local.get $gain) (f64.mul (local.get $drift)
                                (f64.sub (local.get $s) (local.get $start))))
                              (f64.mul (f64.mul (f64.const 0.5) (local.get $curv))
                                (f64.sub (f64.mul (local.get $s) (local.get $s))
                                  (f64.mul (local.get $start) (local.get $start))))))
                            (if (f64.gt (local.get $g) (local.get $bestGain))
                              (then
                                (local.set $best (f64.neg (local.get $s)))
                                (local.set $bestGain (local.get $g))))
                            (local.set $gain (f64.sub
                              (f64.add (local.get $gain) (f64.mul (local.get $drift)
                                (f64.sub (local.get $end) (local.get $start))))
                              (f64.mul (f64.mul (f64.const 0.5) (local.get $curv))
                                (f64.sub (f64.mul (local.get $end) (local.get $end))
                                  (f64.mul (local.get $start) (local.get $start))))))
                            (local.set $start (local.get $end))))
                        ;; Reaching the target exactly gains the step, and may be the best point.
                        (if (i32.and (f64.eq (local.get $edge) (local.get $x))
                              (f64.le (f64.sub (local.get $edge) (local.get $sales))
                                (local.get $maxPull)))
                          (then
                            (local.set $gain (f64.add (local.get $gain) (local.get $jump)))
                            (if (f64.gt (local.get $gain) (local.get $bestGain))
                              (then
                                (local.set $best (f64.neg (local.get $start)))
                                (local.set $bestGain (local.get $gain))))))
                        (br $pull))))
                  (if (i32.eqz (local.get $round))
                    (then
                      (local.set $moved (local.get $best))
                      (if (i32.and (i32.eqz (local.get $reach))
                            (f64.ne (f64.load (i32.add (local.get $lift) (local.get $at)))
                              (f64.const 1)))
                        (then
                          (local.set $keep (f64.sub
                            (call $ask (local.get $f) (i32.shr_u (local.get $at) (i32.const 3))
                              (local.get $x) (local.get $fixed) (local.get $y) (local.get $nm)
                              (local.get $curv) (local.get $moved))
                            (f64.load (i32.add (local.get $spent) (local.get $at)))))
                          (local.set $sales (f64.add
                            (f64.load (i32.add (local.get $draws) (local.get $at)))
                            (local.get $carry)))
                          (local.set $maxPush (f64.min
                            (f64.mul (local.get $share) (local.get $sales))
                            (f64.load (i32.add (i32.load offset=100 (local.get $f))
                              (local.get $at)))))
                          (local.set $round (i32.const 1))
                          (br $decide))))
                    (else
                      (if (f64.gt
                            (call $ask (local.get $f) (i32.shr_u (local.get $at) (i32.const 3))
                              (local.get $x) (local.get $fixed) (local.get $sales) (local.get $nm)
                              (local.get $curv) (local.get $best))
                            (local.get $keep))
                        (then
                          (local.set $quit (i32.const 1))
                          (local.set $y (local.get $sales))
                          (local.set $moved (local.get $best))
                          (local.set $p (i32.add (local.get $spent) (local.get $at)))
                          (local.set $saved (f64.add (local.get $saved) (f64.load (local.get $p))))
                          (f64.store (local.get $p) (f64.const 0)))))))

                (if (i32.or (local.get $quit)
                      (i32.and (f64.gt (local.get $moved) (f64.const 0))
                        (f64.lt (local.get $y) (local.get $x))))
                  (then (local.set $gaveUp (f64.add (local.get $gaveUp) (f64.const 1)))))
                (if (f64.gt (local.get $moved) (f64.const 0))
                  (then
                    (local.set $pushed (f64.add (local.get $pushed) (local.get $moved)))
                    (local.set $p (i32.add (i32.load offset=68 (local.get $f)) (local.get $at)))
                    (f64.store (local.get $p) (f64.add (f64.load (local.get $p))
                      (local.get $moved))))
                  (else
                    (if (f64.lt (local.get $moved) (f64.const 0))
                      (then
                        (local.set $pulled (f64.sub (local.get $pulled) (local.get $moved)))
                        (local.set $p (i32.add (i32.load offset=72 (local.get $f))
                          (local.get $at)))
                        (f64.store (local.get $p) (f64.sub (f64.load (local.get $p))
                          (local.get $moved)))))))
                (local.set $cost (f64.mul (f64.mul (f64.mul (f64.const 0.5) (local.get $curv))
                  (local.get $moved)) (local.get $moved)))
                (local.set $movingCost (f64.add (local.get $movingCost) (local.get $cost)))
                (local.set $y (f64.sub (local.get $y) (local.get $moved)))
                ;; A move meant to land on the target lands on it, whatever the rounding.
                (if (i32.and (f64.ne (local.get $moved) (f64.const 0))
                      (i32.and (f64.lt (local.get $y) (local.get $x))
                        (f64.le (f64.sub (local.get $x) (local.get $y))
                          (f64.mul (f64.const 1e-12) (local.get $x)))))
                  (then (local.set $y (local.get $x))))
                (local.set $carry (local.get $moved))
                (if (i32.gt_s (local.get $every) (i32.const 0))
                  (then
                    (local.set $lost (i32.and
                      (i32.ne (i32.rem_s (i32.add (local.get $j) (i32.const 1))
                        (local.get $every)) (i32.const 0))
                      (i32.or (local.get $lost) (f64.lt (local.get $y) (local.get $x))))))))
              (else (local.set $carry (f64.const 0))))

            (f64.store (i32.add (i32.load offset=56 (local.get $f)) (local.get $at))
              (local.get $cost))
            (f64.store (i32.add (local.get $booked) (local.get $at)) (local.get $y))
            ;; Planning cost; NaN targets (rules without one) add nothing. Selected: adding +0
            ;; to a sum that starts at +0 changes no bit, where skipping would branch.
            (local.set $miss (f64.sub (local.get $x) (local.get $y)))
            (local.set $planning (f64.add (local.get $planning)
              (select
                (f64.mul (f64.const 0.5)
                  (f64.add
                    (f64.mul (f64.load offset=128 (local.get $f))
                      (f64.add (f64.abs (local.get $miss)) (local.get $miss)))
                    (f64.mul (f64.load offset=136 (local.get $f))
                      (f64.sub (f64.abs (local.get $miss)) (local.get $miss)))))
                (f64.const 0)
                (f64.eq (local.get $miss) (local.get $miss)))))
            (local.set $total (f64.add (local.get $total) (local.get $y)))
            (local.set $p (i32.add (i32.load offset=76 (local.get $f)) (local.get $at)))
            (f64.store (local.get $p) (f64.add (f64.load (local.get $p)) (local.get $y)))
            (local.set $p (i32.add (i32.load offset=80 (local.get $f)) (local.get $at)))
            (f64.store (local.get $p) (f64.add (f64.load (local.get $p)) (local.get $x)))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $period)))
        (local.set $r (i32.add (local.get $r) (i32.const 1)))
        (br $rep)))

    (f64.store offset=144 (local.get $f) (local.get $base))
    (f64.store offset=152 (local.get $f) (local.get $pulled))
    (f64.store offset=160 (local.get $f) (local.get $pushed))
    (f64.store offset=168 (local.get $f) (local.get $gaveUp))
    (f64.store offset=176 (local.get $f) (local.get $movingCost))
    (f64.store offset=184 (local.get $f) (local.get $planning))
    (f64.store offset=192 (local.get $f) (local.get $saved))
    (f64.store offset=200 (local.get $f) (local.get $total))
  )
)
