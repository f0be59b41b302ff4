;; The behaviour pass of one trial under one scheme, bit for bit the TypeScript in
;; behaviour/behaviourBlock.ts (realiseTrial) and behaviour/shiftChoice.ts (chooseShift): the
;; same operations, so the same doubles (tests hold it to that). It covers plans whose tables
;; of pieces of pay are kept for the block (no ratchet within the run); the others run in
;; TypeScript. Assemble with `npm run build:wasm`.
;;
;; It is one function with nothing called on the way: V8 saves every live double around a
;; call, and small helpers called per cell made it three times slower. It runs in two steps.
;; First the reps that move deals, two at a time, one in each lane of a pair of doubles: their
;; timing decisions, booked sales and moving costs. Each lane does what the TypeScript does for
;; its rep, so a pair where one rep's pay is concave and the other's is not, or where one is
;; out of reach, takes both ways and keeps each lane's own. What TypeScript adds up rep after
;; rep (pulled, pushed, moving costs, effort saved) waits for the pair's end, to be added in
;; that order. Then every rep, in order: targets, booked sales, planning cost and the sums,
;; with nothing branched on per rep.
;;
;; A cell's record (kernelPass.ts lays them out; offsets in bytes, from an address divisible
;; by 16): lift 0, the target of a rep's first year 8 (last year's sales of the same period for
;; a naive rep that reports them, else the plan's), and the per-cell sums of sales 16 and
;; targets 24. A pair record holds one period of a pair of reps that move deals, each field a
;; pair of doubles (the first rep's, then the second's; the last pair of an odd count has its
;; rep twice): lift 0, plan target 16, curvature of moving deals' cost 32 and its inverse 48,
;; push cap 64, the sales from which the table is concave 80 (payPieces.ts's concaveFrom; +∞
;; under a checkpoint rule), fixed pay 96, stake 112, the per-cell sums pulled 128 and pushed
;; 144, next marginal 160, each piece's vertex less the sales, (slope − next marginal)·inverse,
;; 176 (read only where pay is concave, which it never is under a checkpoint rule, whose next
;; marginal changes within a trial), and the table of pieces 240 (left edges 240, right edges
;; 304, slopes 368, intercepts 432), 496 bytes in all.
;;
;; It shares the draw kernel's memory. The caller lays out a frame per scheme (offsets from
;; $f, bytes, from an address divisible by 16): the i32 offsets of draws 0, records 4, and of
;; what it writes: targets 8, booked sales 12, moving costs 16 (where reps move deals; the rest
;; stays 0), effort spent 20 (effort costs 24, except where a rep gave up); strategic 28 (u8
;; per rep), a list of the cells where reps gave up 32 (i32 byte offsets, then their count in
;; the place after the last cell's); then reps 36, periods 40, flags 44 (1 naive reps report
;; last year's sales of the same period, 2 strategic reps move deals, 4 a checkpoint rule, 8 no
;; table has more than two pieces), settlement block 48 and periods per year 52; f64 rate 56,
;; most moved as a share 64, cost of over- and under-forecasts 72 and 80; the i32 count of
;; pairs 88. It adds up the trial's pulled 96, pushed 104, planning cost 112, booked sales
;; 120, gave up 128, moving cost 136 and effort saved 144 in the frame itself, which it clears
;; first; pulled and pushed, and planning cost and booked sales, add up in pairs. Then the i32
;; offsets of the pair records 152, of each pair's reps' first cells in arrays of doubles 156
;; (bytes, two per pair), and of a scratch of 48 bytes per period 160: a pair's moves 0, who
;; gave up 16 and the effort they saved 32.

(module
  (import "js" "memory" (memory 1))

  (func (export "realise") (param $f i32)
    (local $draws i32) (local $booked i32) (local $spent i32) (local $costs i32)
    (local $reps i32) (local $periods i32) (local $flags i32) (local $every i32)
    (local $r i32) (local $j i32) (local $at i32) (local $c i32) (local $strategic i32)
    (local $mover i32) (local $naive i32) (local $end i32) (local $yearEnd i32) (local $back i32)
    (local $p i32) (local $quits i32) (local $quitCount i32) (local $round i32)
    (local $pairs i32) (local $q i32) (local $firsts i32) (local $scratch i32)
    (local $a i32) (local $b i32) (local $a0 i32) (local $b0 i32) (local $two i32)
    (local $quitAny i32) (local $gaveUp i32) (local $lane i32) (local $last i32) (local $gone i32)
    (local $x f64) (local $y f64) (local $miss f64) (local $over f64) (local $under f64)
    (local $sum f64)
    (local $share v128) (local $acc v128)
    (local $X v128) (local $Y v128) (local $D v128) (local $carry v128) (local $lost v128)
    (local $pull v128) (local $reach v128) (local $nm v128) (local $sales v128)
    (local $push v128) (local $lo v128) (local $hi v128) (local $concave v128)
    (local $value v128) (local $shift v128) (local $moved v128) (local $quit v128)
    (local $outOfReach v128) (local $keep v128) (local $cost v128)
    (local $z0 v128) (local $z1 v128) (local $c0 v128) (local $c1 v128)
    (local $half v128) (local $inv v128) (local $jump v128)
    (local $left v128) (local $right v128) (local $slope v128) (local $icpt v128)
    (local $low v128) (local $high v128) (local $z v128) (local $s v128)
    (local $cand v128) (local $stays v128) (local $up v128)
    (local $candA v128) (local $shiftA v128) (local $stayA v128)
    (local $candB v128) (local $shiftB v128) (local $stayB v128)
    (local.set $draws (i32.load (local.get $f)))
    (local.set $booked (i32.load offset=12 (local.get $f)))
    (local.set $costs (i32.load offset=16 (local.get $f)))
    (local.set $spent (i32.load offset=20 (local.get $f)))
    (local.set $reps (i32.load offset=36 (local.get $f)))
    (local.set $periods (i32.load offset=40 (local.get $f)))
    (local.set $flags (i32.load offset=44 (local.get $f)))
    (local.set $every (i32.load offset=48 (local.get $f)))
    (local.set $share (v128.load64_splat offset=64 (local.get $f)))
    ;; A year back from a cell, in bytes.
    (local.set $back (i32.shl (i32.load offset=52 (local.get $f)) (i32.const 3)))
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

    ;; The reps that move deals, two at a time: their booked sales, moving costs and the sums
    ;; that only they add to.
    (if (i32.and (i32.ne (i32.and (local.get $flags) (i32.const 2)) (i32.const 0))
          (i32.gt_s (local.get $periods) (i32.const 0)))
      (then
        (local.set $pairs (i32.load offset=88 (local.get $f)))
        (local.set $c (i32.load offset=152 (local.get $f)))
        (local.set $firsts (i32.load offset=156 (local.get $f)))
        (local.set $scratch (i32.load offset=160 (local.get $f)))
        (local.set $last (i32.sub (local.get $periods) (i32.const 1)))
        (block $pairsDone
          (loop $pair
            (br_if $pairsDone (i32.ge_u (local.get $q) (local.get $pairs)))
            (local.set $a0 (i32.load (i32.add (local.get $firsts)
              (i32.shl (local.get $q) (i32.const 3)))))
            (local.set $b0 (i32.load offset=4 (i32.add (local.get $firsts)
              (i32.shl (local.get $q) (i32.const 3)))))
            (local.set $two (i32.ne (local.get $a0) (local.get $b0)))
            (local.set $a (local.get $a0))
            (local.set $b (local.get $b0))
            (local.set $carry (v128.const i64x2 0 0))
            (local.set $lost (v128.const i64x2 0 0))
            (local.set $quitAny (i32.const 0))
            (local.set $j (i32.const 0))
            (loop $period
              (local.set $X (v128.load offset=16 (local.get $c)))
              (local.set $D (v128.load64_lane 1 (i32.add (local.get $draws) (local.get $b))
                (v128.load64_splat (i32.add (local.get $draws) (local.get $a)))))
              (local.set $Y (f64x2.add (f64x2.mul (v128.load (local.get $c)) (local.get $D))
                (local.get $carry)))
              (if (i32.lt_s (local.get $j) (local.get $last))
                (then
                  ;; The next period's lift, a pair record (496 bytes) on.
                  (local.set $pull (f64x2.mul
                    (f64x2.mul (local.get $share) (v128.load offset=496 (local.get $c)))
                    (v128.load64_lane offset=8 1 (i32.add (local.get $draws) (local.get $b))
                      (v128.load64_splat offset=8
                        (i32.add (local.get $draws) (local.get $a))))))
                  (local.set $reach (f64x2.ge (f64x2.add (local.get $Y) (local.get $pull))
                    (local.get $X)))
                  (local.set $nm (v128.load offset=160 (local.get $c)))
                  (if (i32.gt_s (local.get $every) (i32.const 0))
                    (then
                      (if (i32.rem_s (i32.add (local.get $j) (i32.const 1)) (local.get $every))
                        (then
                          (local.set $nm (v128.bitselect
                            (v128.load64_splat offset=56 (local.get $f))
                            (local.get $nm)
                            (v128.or (local.get $lost) (v128.not (local.get $reach)))))))))
                  (local.set $sales (local.get $Y))
                  (local.set $push (f64x2.pmin (f64x2.mul (local.get $share) (local.get $Y))
                    (v128.load offset=64 (local.get $c))))
                  (local.set $round (i32.const 0))
                  (loop $decide
                    ;; shiftChoice.ts's chooseShift for each rep of the pair: from the vertices
                    ;; where pay is concave on all the bounds allow (above the record's point at
                    ;; 80), else from every piece weighed; where the reps differ, both ways.
                    (local.set $lo (f64x2.sub (local.get $sales) (local.get $push)))
                    (local.set $hi (f64x2.add (local.get $sales) (local.get $pull)))
                    (local.set $concave (f64x2.gt (local.get $lo)
                      (v128.load offset=80 (local.get $c))))
                    (if (v128.any_true (local.get $concave))
                      (then
                        ;; The highest of the vertices, each cut at its piece's right edge
                        ;; (which a NaN vertex leaves), held to the bounds: pieces 0 and 2
                        ;; take the highest as chooseShift's even lane finds it, 1 and 3 as
                        ;; its odd lane does.
                        (local.set $z0 (f64x2.pmin (v128.load offset=304 (local.get $c))
                          (f64x2.add (local.get $sales) (v128.load offset=176 (local.get $c)))))
                        (local.set $z1 (f64x2.pmin (v128.load offset=320 (local.get $c))
                          (f64x2.add (local.get $sales) (v128.load offset=192 (local.get $c)))))
                        (if (i32.eqz (i32.and (local.get $flags) (i32.const 8)))
                          (then
                            (local.set $z0 (f64x2.pmax (local.get $z0)
                              (f64x2.pmin (v128.load offset=336 (local.get $c))
                                (f64x2.add (local.get $sales)
                                  (v128.load offset=208 (local.get $c))))))
                            (local.set $z1 (f64x2.pmax (local.get $z1)
                              (f64x2.pmin (v128.load offset=352 (local.get $c))
                                (f64x2.add (local.get $sales)
                                  (v128.load offset=224 (local.get $c))))))))
                        (local.set $z (f64x2.pmax (local.get $z0) (local.get $z1)))
                        (local.set $z1 (f64x2.pmin
                          (f64x2.pmax (f64x2.pmax (local.get $z1) (local.get $z0)) (local.get $lo))
                          (local.get $hi)))
                        (local.set $z0 (f64x2.pmin (f64x2.pmax (local.get $z) (local.get $lo))
                          (local.get $hi)))
                        ;; Pay there: the least of the lines of the pieces that end above it.
                        (local.set $c0 (f64x2.add
                          (f64x2.add (f64x2.mul (v128.load offset=368 (local.get $c))
                            (local.get $z0)) (v128.load offset=432 (local.get $c)))
                          (v128.andnot (v128.const f64x2 inf inf)
                            (f64x2.gt (v128.load offset=304 (local.get $c)) (local.get $z0)))))
                        (local.set $c1 (f64x2.add
                          (f64x2.add (f64x2.mul (v128.load offset=384 (local.get $c))
                            (local.get $z1)) (v128.load offset=448 (local.get $c)))
                          (v128.andnot (v128.const f64x2 inf inf)
                            (f64x2.gt (v128.load offset=320 (local.get $c)) (local.get $z1)))))
                        (if (i32.eqz (i32.and (local.get $flags) (i32.const 8)))
                          (then
                            (local.set $c0 (f64x2.pmin (local.get $c0) (f64x2.add
                              (f64x2.add (f64x2.mul (v128.load offset=400 (local.get $c))
                                (local.get $z0)) (v128.load offset=464 (local.get $c)))
                              (v128.andnot (v128.const f64x2 inf inf)
                                (f64x2.gt (v128.load offset=336 (local.get $c))
                                  (local.get $z0))))))
                            (local.set $c1 (f64x2.pmin (local.get $c1) (f64x2.add
                              (f64x2.add (f64x2.mul (v128.load offset=416 (local.get $c))
                                (local.get $z1)) (v128.load offset=480 (local.get $c)))
                              (v128.andnot (v128.const f64x2 inf inf)
                                (f64x2.gt (v128.load offset=352 (local.get $c))
                                  (local.get $z1))))))))
                        (local.set $shift (f64x2.sub (local.get $sales) (local.get $z0)))
                        (local.set $value (f64x2.sub
                          (f64x2.add (f64x2.pmin (local.get $c0) (local.get $c1))
                            (f64x2.mul (local.get $nm) (local.get $shift)))
                          (f64x2.mul (f64x2.mul
                            (f64x2.mul (v128.const f64x2 0.5 0.5)
                              (v128.load offset=32 (local.get $c)))
                            (local.get $shift)) (local.get $shift))))))
                    (if (i32.eqz (i64x2.all_true (local.get $concave)))
                      (then
                        ;; The step at the target: a checkpoint's stake, kept until its block
                        ;; is lost.
                        (local.set $half (f64x2.mul (v128.const f64x2 0.5 0.5)
                          (v128.load offset=32 (local.get $c))))
                        (local.set $inv (v128.load offset=48 (local.get $c)))
                        (local.set $jump (v128.const i64x2 0 0))
                        (if (i32.and (local.get $flags) (i32.const 4))
                          (then
                            (local.set $jump
                              (if (result v128) (i32.gt_s (local.get $every) (i32.const 0))
                                (then (v128.andnot (v128.load offset=112 (local.get $c))
                                  (local.get $lost)))
                                (else (v128.load offset=96 (local.get $c)))))))
                        (local.set $p (i32.const 0))
                        (loop $piece
                          (local.set $left (v128.load offset=240
                            (i32.add (local.get $c) (local.get $p))))
                          (local.set $right (v128.load offset=304
                            (i32.add (local.get $c) (local.get $p))))
                          (local.set $slope (v128.load offset=368
                            (i32.add (local.get $c) (local.get $p))))
                          ;; The step at the target, added to the pieces from the target up.
                          (local.set $icpt (f64x2.add
                            (v128.load offset=432 (i32.add (local.get $c) (local.get $p)))
                            (v128.and (local.get $jump)
                              (f64x2.ge (local.get $left) (local.get $X)))))
                          (local.set $low (f64x2.pmax (local.get $left) (local.get $lo)))
                          (local.set $high (f64x2.pmin (local.get $right) (local.get $hi)))
                          ;; The vertex, clipped to the piece and the bounds.
                          (local.set $z (f64x2.pmin
                            (f64x2.pmax (local.get $low)
                              (f64x2.add (local.get $sales)
                                (f64x2.mul (f64x2.sub (local.get $slope) (local.get $nm))
                                  (local.get $inv))))
                            (local.get $high)))
                          (local.set $s (f64x2.sub (local.get $sales) (local.get $z)))
                          (local.set $cand (v128.bitselect
                            (f64x2.sub
                              (f64x2.add
                                (f64x2.add (f64x2.mul (local.get $slope) (local.get $z))
                                  (local.get $icpt))
                                (f64x2.mul (local.get $nm) (local.get $s)))
                              (f64x2.mul (f64x2.mul (local.get $half) (local.get $s))
                                (local.get $s)))
                            (v128.const f64x2 -inf -inf)
                            (f64x2.le (local.get $low) (local.get $high))))
                          ;; What staying is worth, from the piece that holds the sales.
                          (local.set $stays (v128.bitselect
                            (f64x2.add (f64x2.mul (local.get $slope) (local.get $sales))
                              (local.get $icpt))
                            (v128.const f64x2 -inf -inf)
                            (v128.and (f64x2.le (local.get $left) (local.get $sales))
                              (f64x2.lt (local.get $sales) (local.get $right)))))
                          ;; Pieces 0 and 1 as they come, then 2 against 0 and 3 against 1.
                          (if (i32.lt_u (local.get $p) (i32.const 32))
                            (then
                              (if (local.get $p)
                                (then
                                  (local.set $candB (local.get $cand))
                                  (local.set $shiftB (local.get $s))
                                  (local.set $stayB (local.get $stays)))
                                (else
                                  (local.set $candA (local.get $cand))
                                  (local.set $shiftA (local.get $s))
                                  (local.set $stayA (local.get $stays)))))
                            (else
                              (if (i32.eq (local.get $p) (i32.const 32))
                                (then
                                  (local.set $up (f64x2.gt (local.get $cand) (local.get $candA)))
                                  (local.set $candA (v128.bitselect (local.get $cand)
                                    (local.get $candA) (local.get $up)))
                                  (local.set $shiftA (v128.bitselect (local.get $s)
                                    (local.get $shiftA) (local.get $up)))
                                  (local.set $stayA (f64x2.pmax (local.get $stayA)
                                    (local.get $stays))))
                                (else
                                  (local.set $up (f64x2.gt (local.get $cand) (local.get $candB)))
                                  (local.set $candB (v128.bitselect (local.get $cand)
                                    (local.get $candB) (local.get $up)))
                                  (local.set $shiftB (v128.bitselect (local.get $s)
                                    (local.get $shiftB) (local.get $up)))
                                  (local.set $stayB (f64x2.pmax (local.get $stayB)
                                    (local.get $stays)))))))
                          (local.set $p (i32.add (local.get $p) (i32.const 16)))
                          ;; Tables of two pieces weigh no more.
                          (br_if $piece (i32.lt_u (local.get $p)
                            (select (i32.const 32) (i32.const 64)
                              (i32.and (local.get $flags) (i32.const 8))))))
                        ;; The odd pieces' winner against the even ones', then staying, which
                        ;; wins a tie.
                        (local.set $up (f64x2.gt (local.get $candB) (local.get $candA)))
                        (local.set $cand (v128.bitselect (local.get $candB) (local.get $candA)
                          (local.get $up)))
                        (local.set $s (v128.bitselect (local.get $shiftB) (local.get $shiftA)
                          (local.get $up)))
                        (local.set $stays (f64x2.pmax (local.get $stayA) (local.get $stayB)))
                        (local.set $up (f64x2.gt (local.get $cand) (local.get $stays)))
                        (local.set $value (v128.bitselect (local.get $value)
                          (v128.bitselect (local.get $cand) (local.get $stays) (local.get $up))
                          (local.get $concave)))
                        (local.set $shift (v128.bitselect (local.get $shift)
                          (v128.and (local.get $s) (local.get $up))
                          (local.get $concave)))))
                    (if (i32.eqz (local.get $round))
                      (then
                        (local.set $moved (local.get $shift))
                        (local.set $quit (v128.const i64x2 0 0))
                        (local.set $outOfReach (v128.andnot
                          (f64x2.ne (v128.load (local.get $c)) (v128.const f64x2 1 1))
                          (local.get $reach)))
                        (if (v128.any_true (local.get $outOfReach))
                          (then
                            (local.set $keep (f64x2.sub (local.get $value)
                              (v128.load64_lane 1 (i32.add (local.get $spent) (local.get $b))
                                (v128.load64_splat
                                  (i32.add (local.get $spent) (local.get $a))))))
                            (local.set $sales (f64x2.add (local.get $D) (local.get $carry)))
                            (local.set $push (f64x2.pmin
                              (f64x2.mul (local.get $share) (local.get $sales))
                              (v128.load offset=64 (local.get $c))))
                            (local.set $round (i32.const 1))
                            (br $decide))))
                      (else
                        (local.set $quit (v128.and (local.get $outOfReach)
                          (f64x2.gt (local.get $value) (local.get $keep))))
                        (if (v128.any_true (local.get $quit))
                          (then
                            (local.set $Y (v128.bitselect (local.get $sales) (local.get $Y)
                              (local.get $quit)))
                            (local.set $moved (v128.bitselect (local.get $shift)
                              (local.get $moved) (local.get $quit)))
                            ;; Effort dropped: the cell is listed to restore next trial, and
                            ;; what it saves waits for the pair's end, to add up rep by rep.
                            (if (i32.eqz (local.get $quitAny))
                              (then
                                (local.set $quitAny (i32.const 1))
                                (local.set $p (i32.const 0))
                                (loop $clear
                                  (v128.store offset=16 (i32.add (local.get $scratch)
                                    (i32.mul (local.get $p) (i32.const 48)))
                                    (v128.const i64x2 0 0))
                                  (local.set $p (i32.add (local.get $p) (i32.const 1)))
                                  (br_if $clear (i32.lt_u (local.get $p) (local.get $periods))))))
                            (v128.store offset=16 (i32.add (local.get $scratch)
                              (i32.mul (local.get $j) (i32.const 48))) (local.get $quit))
                            (local.set $gone (i32.and (i64x2.bitmask (local.get $quit))
                              (i32.or (i32.const 1) (i32.shl (local.get $two) (i32.const 1)))))
                            (local.set $lane (i32.const 0))
                            (loop $quitLanes
                              (if (i32.and (local.get $gone)
                                    (i32.shl (i32.const 1) (local.get $lane)))
                                (then
                                  (local.set $at (select (local.get $b) (local.get $a)
                                    (local.get $lane)))
                                  (local.set $p (i32.add (local.get $spent) (local.get $at)))
                                  (f64.store offset=32 (i32.add
                                    (i32.add (local.get $scratch)
                                      (i32.mul (local.get $j) (i32.const 48)))
                                    (i32.shl (local.get $lane) (i32.const 3)))
                                    (f64.load (local.get $p)))
                                  (f64.store (local.get $p) (f64.const 0))
                                  (i32.store (i32.add (local.get $quits)
                                    (i32.shl (local.get $quitCount) (i32.const 2)))
                                    (local.get $at))
                                  (local.set $quitCount
                                    (i32.add (local.get $quitCount) (i32.const 1)))))
                              (local.set $lane (i32.add (local.get $lane) (i32.const 1)))
                              (br_if $quitLanes (i32.lt_u (local.get $lane) (i32.const 2))))
                            )))))
                  ;; Giving up: effort dropped, or deals held back by a rep out of reach.
                  (local.set $gaveUp (i32.add (local.get $gaveUp) (i32.popcnt (i32.and
                    (i64x2.bitmask (v128.or (local.get $quit)
                      (v128.andnot (f64x2.gt (local.get $moved) (v128.const f64x2 0 0))
                        (local.get $reach))))
                    (i32.or (i32.const 1) (i32.shl (local.get $two) (i32.const 1)))))))
                  (local.set $cost (f64x2.mul (f64x2.mul
                    (f64x2.mul (v128.const f64x2 0.5 0.5) (v128.load offset=32 (local.get $c)))
                    (local.get $moved)) (local.get $moved)))
                  (v128.store64_lane 0 (i32.add (local.get $costs) (local.get $a))
                    (local.get $cost))
                  (v128.store64_lane 1 (i32.add (local.get $costs) (local.get $b))
                    (local.get $cost))
                  ;; Per cell, pulled and pushed; the trial's sums of them wait for the pair's
                  ;; end, to add up rep by rep.
                  (v128.store offset=128 (local.get $c) (f64x2.add
                    (v128.load offset=128 (local.get $c))
                    (f64x2.pmax (v128.const f64x2 0 0) (f64x2.neg (local.get $moved)))))
                  (v128.store offset=144 (local.get $c) (f64x2.add
                    (v128.load offset=144 (local.get $c))
                    (f64x2.pmax (v128.const f64x2 0 0) (local.get $moved))))
                  (v128.store (i32.add (local.get $scratch)
                    (i32.mul (local.get $j) (i32.const 48))) (local.get $moved))
                  (local.set $Y (f64x2.sub (local.get $Y) (local.get $moved)))
                  ;; A move meant to land on the target lands on it, whatever the rounding.
                  (local.set $Y (v128.bitselect (local.get $X) (local.get $Y)
                    (v128.and (f64x2.ne (local.get $moved) (v128.const f64x2 0 0))
                      (v128.and (f64x2.lt (local.get $Y) (local.get $X))
                        (f64x2.le (f64x2.sub (local.get $X) (local.get $Y))
                          (f64x2.mul (v128.const f64x2 1e-12 1e-12) (local.get $X)))))))
                  (local.set $carry (local.get $moved))
                  (if (i32.gt_s (local.get $every) (i32.const 0))
                    (then
                      (local.set $lost
                        (if (result v128) (i32.rem_s (i32.add (local.get $j) (i32.const 1))
                              (local.get $every))
                          (then (v128.or (local.get $lost)
                            (f64x2.lt (local.get $Y) (local.get $X))))
                          (else (v128.const i64x2 0 0))))))))
              (v128.store64_lane 0 (i32.add (local.get $booked) (local.get $a)) (local.get $Y))
              (v128.store64_lane 1 (i32.add (local.get $booked) (local.get $b)) (local.get $Y))
              (local.set $c (i32.add (local.get $c) (i32.const 496)))
              (local.set $a (i32.add (local.get $a) (i32.const 8)))
              (local.set $b (i32.add (local.get $b) (i32.const 8)))
              (local.set $j (i32.add (local.get $j) (i32.const 1)))
              (br_if $period (i32.lt_s (local.get $j) (local.get $periods))))
            ;; The trial's pulled and pushed (max(−moved, 0) and max(moved, 0) in one pair),
            ;; moving costs and effort saved, added up rep by rep, as the TypeScript pass does.
            (local.set $acc (v128.load offset=96 (local.get $f)))
            (local.set $sum (f64.load offset=136 (local.get $f)))
            (local.set $lane (i32.const 0))
            (loop $lanes
              (local.set $at (select (local.get $b0) (local.get $a0) (local.get $lane)))
              (local.set $p
                (i32.add (local.get $scratch) (i32.shl (local.get $lane) (i32.const 3))))
              (local.set $j (i32.const 0))
              (block $movesDone
                (loop $moves
                  (br_if $movesDone (i32.ge_s (local.get $j) (local.get $last)))
                  (local.set $acc (f64x2.add (local.get $acc)
                    (f64x2.pmax (v128.const f64x2 0 0)
                      (v128.xor (v128.load64_splat (local.get $p))
                        (v128.const i64x2 0x8000000000000000 0)))))
                  (local.set $sum (f64.add (local.get $sum)
                    (f64.load (i32.add (local.get $costs) (local.get $at)))))
                  (if (local.get $quitAny)
                    (then
                      (if (i64.ne (i64.load offset=16 (local.get $p)) (i64.const 0))
                        (then
                          (f64.store offset=144 (local.get $f) (f64.add
                            (f64.load offset=144 (local.get $f))
                            (f64.load offset=32 (local.get $p))))))))
                  (local.set $p (i32.add (local.get $p) (i32.const 48)))
                  (local.set $at (i32.add (local.get $at) (i32.const 8)))
                  (local.set $j (i32.add (local.get $j) (i32.const 1)))
                  (br $moves)))
              (local.set $lane (i32.add (local.get $lane) (i32.const 1)))
              (br_if $lanes (i32.le_u (local.get $lane) (local.get $two))))
            (v128.store offset=96 (local.get $f) (local.get $acc))
            (f64.store offset=136 (local.get $f) (local.get $sum))
            (local.set $q (i32.add (local.get $q) (i32.const 1)))
            (br $pair)))
        ;; A count of ones, which adds up exactly in any order.
        (f64.store offset=128 (local.get $f) (f64.convert_i32_u (local.get $gaveUp)))))

    ;; Every rep, in order: its target, its booked sales (a rep that moves deals booked them
    ;; above), the planning cost and the sums.
    (local.set $over (f64.load offset=72 (local.get $f)))
    (local.set $under (f64.load offset=80 (local.get $f)))
    (local.set $acc (v128.load offset=112 (local.get $f)))
    (local.set $c (i32.load offset=4 (local.get $f)))
    (local.set $at (i32.const 0))
    (local.set $r (i32.const 0))
    (block $repsDone
      (loop $rep
        (br_if $repsDone (i32.ge_s (local.get $r) (local.get $reps)))
        (local.set $strategic (i32.eq
          (i32.load8_u (i32.add (i32.load offset=28 (local.get $f)) (local.get $r)))
          (i32.const 1)))
        (local.set $mover (i32.and (local.get $strategic)
          (i32.ne (i32.and (local.get $flags) (i32.const 2)) (i32.const 0))))
        (local.set $naive (i32.and (i32.eqz (local.get $strategic))
          (i32.ne (i32.and (local.get $flags) (i32.const 1)) (i32.const 0))))
        (local.set $end (i32.add (local.get $at) (i32.shl (local.get $periods) (i32.const 3))))
        (local.set $yearEnd (i32.add (local.get $at) (local.get $back)))
        (if (i32.lt_u (local.get $at) (local.get $end))
          (then
            (loop $cell
              ;; The target: for a naive rep that reports them, the sales of the same period a
              ;; year before (the history's in its first year, then its own booked ones), else
              ;; the plan's. Selected, not branched on: which reps are naive is drawn at random.
              (local.set $x (f64.load (select
                (i32.add (local.get $c) (i32.const 8))
                (i32.sub (i32.add (local.get $booked) (local.get $at)) (local.get $back))
                (i32.or (i32.lt_u (local.get $at) (local.get $yearEnd))
                  (i32.eqz (local.get $naive))))))
              (f64.store (i32.add (i32.load offset=8 (local.get $f)) (local.get $at))
                (local.get $x))
              ;; + 0 as a rep that moves deals adds its carry: the same bits, −0 and NaN
              ;; included. V8 branches on a select of doubles: taken the same way for a rep's
              ;; every cell, and for every rep where none moves deals, it costs less than a
              ;; select of integers (measured).
              (local.set $y (select
                (f64.load (i32.add (local.get $booked) (local.get $at)))
                (f64.add
                  (f64.mul (f64.load offset=0 (local.get $c))
                    (f64.load (i32.add (local.get $draws) (local.get $at))))
                  (f64.const 0))
                (local.get $mover)))
              (f64.store (i32.add (local.get $booked) (local.get $at)) (local.get $y))
              ;; Planning cost and booked sales, then the cell's sales and target. NaN targets
              ;; (rules without one) add no planning cost. Selected: adding +0 to a sum that
              ;; starts at +0 changes no bit, where skipping would branch.
              (local.set $miss (f64.sub (local.get $x) (local.get $y)))
              (local.set $acc (f64x2.add (local.get $acc)
                (f64x2.replace_lane 1
                  (f64x2.splat (select
                    (f64.mul (f64.const 0.5)
                      (f64.add
                        (f64.mul (local.get $over)
                          (f64.add (f64.abs (local.get $miss)) (local.get $miss)))
                        (f64.mul (local.get $under)
                          (f64.sub (f64.abs (local.get $miss)) (local.get $miss)))))
                    (f64.const 0)
                    (f64.eq (local.get $miss) (local.get $miss))))
                  (local.get $y))))
              (v128.store offset=16 (local.get $c) (f64x2.add
                (v128.load offset=16 (local.get $c))
                (f64x2.replace_lane 1 (f64x2.splat (local.get $y)) (local.get $x))))
              (local.set $c (i32.add (local.get $c) (i32.const 32)))
              (local.set $at (i32.add (local.get $at) (i32.const 8)))
              (br_if $cell (i32.lt_u (local.get $at) (local.get $end))))))
        (local.set $r (i32.add (local.get $r) (i32.const 1)))
        (br $rep)))
    (v128.store offset=112 (local.get $f) (local.get $acc))

    (i32.store (i32.add (local.get $quits)
      (i32.shl (i32.mul (local.get $reps) (local.get $periods)) (i32.const 2)))
      (local.get $quitCount))
  )
)
