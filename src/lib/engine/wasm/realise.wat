;; The behaviour pass of one trial under one scheme, bit for bit the TypeScript in
;; behaviour/behaviourBlock.ts (realiseTrial) and behaviour/shiftChoice.ts (chooseShift): the
;; same operations in the same order, so the same doubles (tests hold it to that). It covers
;; plans whose tables of pieces of pay are kept for the block (no ratchet within the run); the
;; others run in TypeScript. Assemble with `npm run build:wasm`.
;;
;; It is one function with nothing called on the way: V8 saves every live double around a
;; call, and small helpers called per cell made it three times slower. A timing decision
;; takes the four pieces of pay two at a time, in pairs of doubles, without a branch on the
;; sales within a way (pmin and pmax are single instructions; scalar min and max branch):
;; where pay is concave on all the bounds allow it reads the best sales off the vertices,
;; which takes half the operations, and elsewhere it weighs each piece.
;;
;; What the pass reads of a cell, and the sums it keeps per cell, lie together in one record
;; per cell (kernelPass.ts lays them out): a cell's fields are then a constant offset from one
;; address, where separate arrays each cost a load of their start and an add per cell. A
;; record (from an address divisible by 16; offsets in bytes) begins with what a rep that moves
;; no deals reads: lift 0, plan target 8, last year's sales of the same period 16 (read in a
;; rep's first year), next marginal 24, and the per-cell sums of sales 32 and targets 40. Where
;; no rep moves deals that is all of it (48 bytes); else it goes on (272 bytes) with curvature
;; 48 and its inverse 56, push cap 64, the sales from which the table is concave 72
;; (payPieces.ts's concaveFrom; +∞ under a checkpoint rule), the per-cell sums pulled 80 and
;; pushed 88, fixed pay 96, stake 104, each piece's vertex less the sales, (slope − next
;; marginal)·inverse, 112 (read only where pay is concave, which it never is under a
;; checkpoint rule, whose next marginal changes within a trial), and the table of pieces 144
;; (left edges 144, right edges 176, slopes 208, intercepts 240). The sums come in pairs of
;; doubles, each pair added up in one operation.
;;
;; It shares the draw kernel's memory. The caller lays out a frame per scheme (offsets from
;; $f, bytes, from an address divisible by 16): the i32 offsets of draws 0, records 4, and of
;; what it writes: targets 8, booked sales 12, moving costs 16 (where reps move deals; the rest
;; stays 0), effort spent 20 (effort costs 24, except where a rep gave up); strategic 28 (u8
;; per rep), a list of the cells where reps gave up 32 (i32 byte offsets, then their count in
;; the place after the last cell's); then reps 36, periods 40, flags 44 (1 naive reps report
;; last year's sales of the same period, 2 strategic reps move deals, 4 a checkpoint rule, 8 no
;; table has more than two pieces), settlement block 48 and periods per year 52; f64 rate 56,
;; most moved as a share 64, cost of over- and under-forecasts 72 and 80; the i32 bytes of a
;; record 88. It adds up the trial's pulled 96, pushed 104, planning cost 112, booked sales
;; 120, gave up 128, moving cost 136 and effort saved 144 in the frame itself, which it clears
;; first (kept in locals, they left the decision too few registers); pulled and pushed, and
;; planning cost and booked sales, add up in pairs.

(module
  (import "js" "memory" (memory 1))

  (func (export "realise") (param $f i32)
    (local $draws i32) (local $booked i32) (local $spent i32)
    (local $reps i32) (local $periods i32) (local $flags i32) (local $every i32)
    (local $share f64)
    (local $r i32) (local $j i32) (local $at i32) (local $c i32) (local $strategic i32)
    (local $mover i32) (local $lost i32) (local $quit i32) (local $naive i32) (local $end i32)
    (local $reach i32) (local $round i32) (local $back i32) (local $yearEnd i32)
    (local $stride i32)
    (local $p i32) (local $quits i32) (local $quitCount i32)
    (local $x f64) (local $y f64) (local $carry f64) (local $cost f64)
    (local $maxPull f64) (local $maxPush f64) (local $curv f64) (local $nm f64) (local $jump f64)
    (local $moved f64) (local $keep f64) (local $sales f64) (local $miss f64)
    (local $shift f64) (local $value f64)
    ;; Pairs of doubles: the decision's splatted terms, and each pair of pieces' candidates.
    (local $ys v128) (local $lo v128) (local $hi v128) (local $m v128) (local $half v128)
    (local $inv v128) (local $xs v128) (local $jumps v128)
    (local $left v128) (local $right v128) (local $slope v128) (local $icpt v128)
    (local $low v128) (local $high v128) (local $z v128) (local $s v128)
    (local $cand v128) (local $stays v128) (local $up v128)
    (local $firstCand v128) (local $firstShift v128) (local $firstStay v128)
    (local.set $draws (i32.load (local.get $f)))
    (local.set $booked (i32.load offset=12 (local.get $f)))
    (local.set $spent (i32.load offset=20 (local.get $f)))
    (local.set $reps (i32.load offset=36 (local.get $f)))
    (local.set $periods (i32.load offset=40 (local.get $f)))
    (local.set $flags (i32.load offset=44 (local.get $f)))
    (local.set $every (i32.load offset=48 (local.get $f)))
    (local.set $share (f64.load offset=64 (local.get $f)))
    ;; A year back from a cell, in bytes.
    (local.set $back (i32.shl (i32.load offset=52 (local.get $f)) (i32.const 3)))
    (local.set $stride (i32.load offset=88 (local.get $f)))
    (v128.store offset=96 (local.get $f) (v128.const i64x2 0 0))
    (v128.store offset=112 (local.get $f) (v128.const i64x2 0 0))
    (v128.store offset=128 (local.get $f) (v128.const i64x2 0 0))
    (f64.store offset=144 (local.get $f) (f64.const 0))

    ;; Effort spent where reps gave up last trial is the plan's again (at $at, bytes).
    (local.set $quits (i32.load offset=32 (local.get $f)))
    (local.set $p (i32.shl (i32.mul (local.get $reps) (local.get $periods)) (i32.const 2)))
    (local.set $quitCount (i32.load (i32.add (local.get $quits) (local.get $p))))
    (block $restored
      (loop $restore
        (br_if $restored (i32.eqz (local.get $quitCount)))
        (local.set $quitCount (i32.sub (local.get $quitCount) (i32.const 1)))
        (local.set $at (i32.load (i32.add (local.get $quits)
          (i32.shl (local.get $quitCount) (i32.const 2)))))
        (f64.store (i32.add (local.get $spent) (local.get $at))
          (f64.load (i32.add (i32.load offset=24 (local.get $f)) (local.get $at))))
        (br $restore)))

    (block $repsDone
      (loop $rep
        (br_if $repsDone (i32.ge_s (local.get $r) (local.get $reps)))
        (local.set $strategic (i32.eq
          (i32.load8_u (i32.add (i32.load offset=28 (local.get $f)) (local.get $r)))
          (i32.const 1)))
        (local.set $mover (i32.and (local.get $strategic)
          (i32.ne (i32.and (local.get $flags) (i32.const 2)) (i32.const 0))))
        (local.set $carry (f64.const 0))
        (local.set $lost (i32.const 0))
        (local.set $j (i32.const 0))
        ;; The rep's first cell: $at in arrays of doubles, $c its record.
        (local.set $p (i32.mul (local.get $r) (local.get $periods)))
        (local.set $at (i32.shl (local.get $p) (i32.const 3)))
        (local.set $c (i32.add (i32.load offset=4 (local.get $f))
          (i32.mul (local.get $p) (local.get $stride))))

        ;; A rep that moves no deals books what it sells: a loop of its own, without the
        ;; decision's locals to keep, takes a third less time per cell.
        (if (i32.eqz (local.get $mover))
          (then
            (local.set $end (i32.add (local.get $at)
              (i32.shl (local.get $periods) (i32.const 3))))
            (local.set $naive (i32.and (i32.eqz (local.get $strategic))
              (i32.ne (i32.and (local.get $flags) (i32.const 1)) (i32.const 0))))
            ;; The target: for a naive rep that reports them, the sales of the same period a
            ;; year before (the history's in its first year, then its own booked ones), else
            ;; the plan's. Selected, not branched on: which reps are naive is drawn at random.
            (local.set $yearEnd (i32.add (local.get $at) (local.get $back)))
            (if (i32.lt_u (local.get $at) (local.get $end))
              (then
                (loop $still
                  (local.set $x (f64.reinterpret_i64 (select
                    (i64.load (select
                      (i32.add (local.get $c) (i32.const 16))
                      (i32.sub (i32.add (local.get $booked) (local.get $at)) (local.get $back))
                      (i32.lt_u (local.get $at) (local.get $yearEnd))))
                    (i64.load offset=8 (local.get $c))
                    (local.get $naive))))
                  (f64.store (i32.add (i32.load offset=8 (local.get $f)) (local.get $at))
                    (local.get $x))
                  ;; + 0 as the other reps' + carry: the same bits, −0 and NaN included.
                  (local.set $y (f64.add
                    (f64.mul (f64.load offset=0 (local.get $c))
                      (f64.load (i32.add (local.get $draws) (local.get $at))))
                    (f64.const 0)))
                  (f64.store (i32.add (local.get $booked) (local.get $at)) (local.get $y))
                  (local.set $miss (f64.sub (local.get $x) (local.get $y)))
                  ;; Planning cost and booked sales; per cell, sales and targets.
                  (v128.store offset=112 (local.get $f) (f64x2.add
                    (v128.load offset=112 (local.get $f))
                    (f64x2.replace_lane 1
                      (f64x2.splat (select
                        (f64.mul (f64.const 0.5)
                          (f64.add
                            (f64.mul (f64.load offset=72 (local.get $f))
                              (f64.add (f64.abs (local.get $miss)) (local.get $miss)))
                            (f64.mul (f64.load offset=80 (local.get $f))
                              (f64.sub (f64.abs (local.get $miss)) (local.get $miss)))))
                        (f64.const 0)
                        (f64.eq (local.get $miss) (local.get $miss))))
                      (local.get $y))))
                  (v128.store offset=32 (local.get $c) (f64x2.add
                    (v128.load offset=32 (local.get $c))
                    (f64x2.replace_lane 1 (f64x2.splat (local.get $y)) (local.get $x))))
                  (local.set $c (i32.add (local.get $c) (local.get $stride)))
                  (local.set $at (i32.add (local.get $at) (i32.const 8)))
                  (br_if $still (i32.lt_u (local.get $at) (local.get $end))))))
            (local.set $r (i32.add (local.get $r) (i32.const 1)))
            (br $rep)))

        (block $periodsDone
          (loop $period
            (br_if $periodsDone (i32.ge_s (local.get $j) (local.get $periods)))

            ;; The target: the plan's (a rep that moves deals is strategic, never naive).
            (local.set $x (f64.load offset=8 (local.get $c)))
            (f64.store (i32.add (i32.load offset=8 (local.get $f)) (local.get $at))
              (local.get $x))

            (local.set $y (f64.add
              (f64.mul (f64.load offset=0 (local.get $c))
                (f64.load (i32.add (local.get $draws) (local.get $at))))
              (local.get $carry)))

            (if (i32.lt_s (local.get $j) (i32.sub (local.get $periods) (i32.const 1)))
              (then
                ;; The next cell's lift, a record (272 bytes) on.
                (local.set $maxPull (f64.mul
                  (f64.mul (local.get $share) (f64.load offset=272 (local.get $c)))
                  (f64.load offset=8 (i32.add (local.get $draws) (local.get $at)))))
                (local.set $curv (f64.load offset=48 (local.get $c)))
                (local.set $reach
                  (f64.ge (f64.add (local.get $y) (local.get $maxPull)) (local.get $x)))
                ;; Within a settlement block a month out of reach withholds the block: the next
                ;; month's target keeps nothing, and a unit there earns only the rate. (i32.and
                ;; evaluates both sides: the remainder waits for a block to exist.)
                (local.set $nm (f64.load offset=24 (local.get $c)))
                (if (i32.gt_s (local.get $every) (i32.const 0))
                  (then
                    (if (i32.and
                          (i32.ne (i32.rem_s (i32.add (local.get $j) (i32.const 1))
                            (local.get $every)) (i32.const 0))
                          (i32.or (local.get $lost) (i32.eqz (local.get $reach))))
                      (then (local.set $nm (f64.load offset=56 (local.get $f)))))))
                (local.set $m (f64x2.splat (local.get $nm)))
                (local.set $half (f64x2.splat (f64.mul (f64.const 0.5) (local.get $curv))))
                (local.set $inv (v128.load64_splat offset=56 (local.get $c)))
                (local.set $quit (i32.const 0))
                (local.set $round (i32.const 0))
                (local.set $sales (local.get $y))
                (local.set $maxPush (f64x2.extract_lane 0 (f64x2.pmin
                  (f64x2.splat (f64.mul (local.get $share) (local.get $y)))
                  (v128.load64_splat offset=64 (local.get $c)))))

                ;; Round 0 decides the shift with the period's effort; round 1, for a rep whose
                ;; target is out of reach, without it, and keeps the better of the two.
                (loop $decide
                  (local.set $ys (f64x2.splat (local.get $sales)))
                  (local.set $lo (f64x2.splat (f64.sub (local.get $sales) (local.get $maxPush))))
                  (local.set $hi (f64x2.splat (f64.add (local.get $sales) (local.get $maxPull))))
                  ;; shiftChoice.ts's chooseShift: from the vertices where pay is concave on
                  ;; all the bounds allow (they lie above the record's point at 72), else from
                  ;; every piece weighed, 0 and 1 ($p = 0), then 2 and 3.
                  (block $chosen
                  (if (f64.gt (f64.sub (local.get $sales) (local.get $maxPush))
                        (f64.load offset=72 (local.get $c)))
                    (then
                      ;; The highest of the vertices, each cut at its piece's right edge (which
                      ;; a NaN vertex leaves), held to the bounds.
                      (local.set $slope (v128.load offset=208 (local.get $c)))
                      (local.set $z (f64x2.pmin (v128.load offset=176 (local.get $c))
                        (f64x2.add (local.get $ys) (v128.load offset=112 (local.get $c)))))
                      (if (i32.eqz (i32.and (local.get $flags) (i32.const 8)))
                        (then
                          (local.set $z (f64x2.pmax (local.get $z)
                            (f64x2.pmin (v128.load offset=192 (local.get $c))
                              (f64x2.add (local.get $ys)
                                (v128.load offset=128 (local.get $c))))))))
                      (local.set $z (f64x2.pmin
                        (f64x2.pmax
                          (f64x2.pmax (local.get $z)
                            (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7
                              (local.get $z) (local.get $z)))
                          (local.get $lo))
                        (local.get $hi)))
                      ;; Pay there: the least of the lines of the pieces that end above it.
                      (local.set $cand (f64x2.add
                        (f64x2.add (f64x2.mul (local.get $slope) (local.get $z))
                          (v128.load offset=240 (local.get $c)))
                        (v128.andnot (v128.const f64x2 inf inf)
                          (f64x2.gt (v128.load offset=176 (local.get $c)) (local.get $z)))))
                      (if (i32.eqz (i32.and (local.get $flags) (i32.const 8)))
                        (then
                          (local.set $cand (f64x2.pmin (local.get $cand) (f64x2.add
                            (f64x2.add (f64x2.mul (v128.load offset=224 (local.get $c))
                              (local.get $z)) (v128.load offset=256 (local.get $c)))
                            (v128.andnot (v128.const f64x2 inf inf)
                              (f64x2.gt (v128.load offset=192 (local.get $c)) (local.get $z))))))))
                      (local.set $shift (f64.sub (local.get $sales)
                        (f64x2.extract_lane 0 (local.get $z))))
                      (local.set $value (f64.sub
                        (f64.add
                          (f64x2.extract_lane 0 (f64x2.pmin (local.get $cand)
                            (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7
                              (local.get $cand) (local.get $cand))))
                          (f64.mul (local.get $nm) (local.get $shift)))
                        (f64.mul (f64.mul (f64x2.extract_lane 0 (local.get $half))
                          (local.get $shift)) (local.get $shift))))
                      (br $chosen)))
                  ;; The step at the target: a checkpoint's stake, kept until its block is lost.
                  (local.set $jump (f64.const 0))
                  (if (i32.and (local.get $flags) (i32.const 4))
                    (then
                      (local.set $jump
                        (if (result f64) (i32.gt_s (local.get $every) (i32.const 0))
                          (then (if (result f64) (local.get $lost)
                            (then (f64.const 0))
                            (else (f64.load offset=104 (local.get $c)))))
                          (else (f64.load offset=96 (local.get $c)))))))
                  (local.set $xs (f64x2.splat (local.get $x)))
                  (local.set $jumps (f64x2.splat (local.get $jump)))
                  (local.set $p (i32.const 0))
                  (block $pairs
                  (loop $pair
                    (local.set $left (v128.load offset=144 (i32.add (local.get $c) (local.get $p))))
                    (local.set $right
                      (v128.load offset=176 (i32.add (local.get $c) (local.get $p))))
                    (local.set $slope
                      (v128.load offset=208 (i32.add (local.get $c) (local.get $p))))
                    ;; The step at the target, added to the pieces from the target up.
                    (local.set $icpt (f64x2.add
                      (v128.load offset=240 (i32.add (local.get $c) (local.get $p)))
                      (v128.and (local.get $jumps) (f64x2.ge (local.get $left) (local.get $xs)))))
                    (local.set $low (f64x2.pmax (local.get $left) (local.get $lo)))
                    (local.set $high (f64x2.pmin (local.get $right) (local.get $hi)))
                    ;; The vertex, clipped to the piece and the bounds.
                    (local.set $z (f64x2.pmin
                      (f64x2.pmax (local.get $low)
                        (f64x2.add (local.get $ys)
                          (f64x2.mul (f64x2.sub (local.get $slope) (local.get $m))
                            (local.get $inv))))
                      (local.get $high)))
                    (local.set $s (f64x2.sub (local.get $ys) (local.get $z)))
                    (local.set $cand (v128.bitselect
                      (f64x2.sub
                        (f64x2.add
                          (f64x2.add (f64x2.mul (local.get $slope) (local.get $z))
                            (local.get $icpt))
                          (f64x2.mul (local.get $m) (local.get $s)))
                        (f64x2.mul (f64x2.mul (local.get $half) (local.get $s)) (local.get $s)))
                      (v128.const f64x2 -inf -inf)
                      (f64x2.le (local.get $low) (local.get $high))))
                    ;; What staying is worth, from the piece that holds the sales.
                    (local.set $stays (v128.bitselect
                      (f64x2.add (f64x2.mul (local.get $slope) (local.get $ys))
                        (local.get $icpt))
                      (v128.const f64x2 -inf -inf)
                      (v128.and (f64x2.le (local.get $left) (local.get $ys))
                        (f64x2.lt (local.get $ys) (local.get $right)))))
                    ;; Tables of two pieces need no second pair.
                    (br_if $pairs (i32.and (local.get $flags) (i32.const 8)))
                    (if (i32.eqz (local.get $p))
                      (then
                        (local.set $firstCand (local.get $cand))
                        (local.set $firstShift (local.get $s))
                        (local.set $firstStay (local.get $stays))
                        (local.set $p (i32.const 16))
                        (br $pair))))

                  ;; Pieces 0 with 2 and 1 with 3, then the two winners.
                  (local.set $up (f64x2.gt (local.get $cand) (local.get $firstCand)))
                  (local.set $cand (v128.bitselect (local.get $cand) (local.get $firstCand)
                    (local.get $up)))
                  (local.set $s (v128.bitselect (local.get $s) (local.get $firstShift)
                    (local.get $up)))
                  (local.set $stays (f64x2.pmax (local.get $firstStay) (local.get $stays))))
                  ;; Lane 1 against lane 0 (swapped in), then staying, which wins a tie.
                  (local.set $z (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7
                    (local.get $cand) (local.get $cand)))
                  (local.set $up (f64x2.gt (local.get $z) (local.get $cand)))
                  (local.set $cand (v128.bitselect (local.get $z) (local.get $cand)
                    (local.get $up)))
                  (local.set $s (v128.bitselect
                    (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7
                      (local.get $s) (local.get $s))
                    (local.get $s) (local.get $up)))
                  (local.set $stays (f64x2.pmax (local.get $stays)
                    (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7
                      (local.get $stays) (local.get $stays))))
                  (local.set $up (f64x2.gt (local.get $cand) (local.get $stays)))
                  (local.set $value (f64x2.extract_lane 0
                    (v128.bitselect (local.get $cand) (local.get $stays) (local.get $up))))
                  (local.set $shift (f64x2.extract_lane 0
                    (v128.and (local.get $s) (local.get $up)))))

                  (if (i32.eqz (local.get $round))
                    (then
                      (local.set $moved (local.get $shift))
                      (if (i32.and (i32.eqz (local.get $reach))
                            (f64.ne (f64.load offset=0 (local.get $c)) (f64.const 1)))
                        (then
                          ;; Out of reach: weigh keeping the period's effort against dropping it.
                          (local.set $keep (f64.sub (local.get $value)
                            (f64.load (i32.add (local.get $spent) (local.get $at)))))
                          (local.set $sales (f64.add
                            (f64.load (i32.add (local.get $draws) (local.get $at)))
                            (local.get $carry)))
                          (local.set $maxPush (f64x2.extract_lane 0 (f64x2.pmin
                            (f64x2.splat (f64.mul (local.get $share) (local.get $sales)))
                            (v128.load64_splat offset=64 (local.get $c)))))
                          (local.set $round (i32.const 1))
                          (br $decide))))
                    (else
                      (if (f64.gt (local.get $value) (local.get $keep))
                        (then
                          (local.set $quit (i32.const 1))
                          (local.set $y (local.get $sales))
                          (local.set $moved (local.get $shift))
                          (local.set $p (i32.add (local.get $spent) (local.get $at)))
                          (f64.store offset=144 (local.get $f) (f64.add
                            (f64.load offset=144 (local.get $f)) (f64.load (local.get $p))))
                          (f64.store (local.get $p) (f64.const 0))
                          (i32.store (i32.add (local.get $quits)
                            (i32.shl (local.get $quitCount) (i32.const 2))) (local.get $at))
                          (local.set $quitCount
                            (i32.add (local.get $quitCount) (i32.const 1))))))))

                ;; The trial's figures without a branch on the move, whose sign is random:
                ;; pulled and pushed add max(−moved, 0) and max(moved, 0) in one pair (a pull's
                ;; +(−moved) is −moved's bits, and the other side's +0 changes no sum).
                ;; Giving up: effort dropped, or deals held back by a rep out of reach.
                (f64.store offset=128 (local.get $f) (f64.add (f64.load offset=128 (local.get $f))
                  (f64.convert_i32_u (i32.or (local.get $quit)
                    (i32.and (f64.gt (local.get $moved) (f64.const 0))
                      (i32.eqz (local.get $reach)))))))
                (local.set $z (f64x2.pmax (v128.const f64x2 0 0)
                  (v128.xor (f64x2.splat (local.get $moved))
                    (v128.const i64x2 0x8000000000000000 0))))
                (v128.store offset=96 (local.get $f)
                  (f64x2.add (v128.load offset=96 (local.get $f)) (local.get $z)))
                (v128.store offset=80 (local.get $c)
                  (f64x2.add (v128.load offset=80 (local.get $c)) (local.get $z)))
                (local.set $cost (f64.mul (f64.mul (f64.mul (f64.const 0.5) (local.get $curv))
                  (local.get $moved)) (local.get $moved)))
                (f64.store offset=136 (local.get $f)
                  (f64.add (f64.load offset=136 (local.get $f)) (local.get $cost)))
                (f64.store (i32.add (i32.load offset=16 (local.get $f)) (local.get $at))
                  (local.get $cost))
                (local.set $y (f64.sub (local.get $y) (local.get $moved)))
                ;; A move meant to land on the target lands on it, whatever the rounding.
                ;; (Selected as integers: a select of doubles would branch.)
                (local.set $y (f64.reinterpret_i64 (select
                  (i64.reinterpret_f64 (local.get $x))
                  (i64.reinterpret_f64 (local.get $y))
                  (i32.and (f64.ne (local.get $moved) (f64.const 0))
                    (i32.and (f64.lt (local.get $y) (local.get $x))
                      (f64.le (f64.sub (local.get $x) (local.get $y))
                        (f64.mul (f64.const 1e-12) (local.get $x))))))))
                (local.set $carry (local.get $moved))
                (if (i32.gt_s (local.get $every) (i32.const 0))
                  (then
                    (local.set $lost (i32.and
                      (i32.ne (i32.rem_s (i32.add (local.get $j) (i32.const 1))
                        (local.get $every)) (i32.const 0))
                      (i32.or (local.get $lost) (f64.lt (local.get $y) (local.get $x))))))))
              (else (local.set $carry (f64.const 0))))

            (f64.store (i32.add (local.get $booked) (local.get $at)) (local.get $y))
            ;; Planning cost and booked sales, then the cell's sales and target. NaN targets
            ;; (rules without one) add no planning cost. Selected: adding +0 to a sum that
            ;; starts at +0 changes no bit, where skipping would branch.
            (local.set $miss (f64.sub (local.get $x) (local.get $y)))
            (v128.store offset=112 (local.get $f) (f64x2.add
              (v128.load offset=112 (local.get $f))
              (f64x2.replace_lane 1
                (f64x2.splat (select
                  (f64.mul (f64.const 0.5)
                    (f64.add
                      (f64.mul (f64.load offset=72 (local.get $f))
                        (f64.add (f64.abs (local.get $miss)) (local.get $miss)))
                      (f64.mul (f64.load offset=80 (local.get $f))
                        (f64.sub (f64.abs (local.get $miss)) (local.get $miss)))))
                  (f64.const 0)
                  (f64.eq (local.get $miss) (local.get $miss))))
                (local.get $y))))
            (v128.store offset=32 (local.get $c) (f64x2.add
              (v128.load offset=32 (local.get $c))
              (f64x2.replace_lane 1 (f64x2.splat (local.get $y)) (local.get $x))))
            (local.set $c (i32.add (local.get $c) (local.get $stride)))
            (local.set $at (i32.add (local.get $at) (i32.const 8)))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $period)))
        (local.set $r (i32.add (local.get $r) (i32.const 1)))
        (br $rep)))

    (i32.store (i32.add (local.get $quits)
      (i32.shl (i32.mul (local.get $reps) (local.get $periods)) (i32.const 2)))
      (local.get $quitCount))
  )
)
