;; The pay kernels of kernel.wat, assembled into its module where it says to include this
;; file (scripts/build-wasm.ts): the uncapped truth-telling and quota pay with their tally,
;; bit for bit schemes/truthTelling.ts and schemes/haggledQuota.ts. The memory layout is
;; kernel.wat's.

  ;; The tally of one trial, stored at 64: pay, ape, bias, positive, targeted, hits, the sums
  ;; of |x − y| and x − y in money, and the targets within ±10% of the sales (f64 each).
  (func $storeTally (param $pay f64) (param $ape f64) (param $bias f64) (param $positive i32)
    (param $targeted i32) (param $hits i32) (param $missAbs f64) (param $miss f64)
    (param $within i32)
    (f64.store (i32.const 64) (local.get $pay))
    (f64.store (i32.const 72) (local.get $ape))
    (f64.store (i32.const 80) (local.get $bias))
    (f64.store (i32.const 88) (f64.convert_i32_s (local.get $positive)))
    (f64.store (i32.const 96) (f64.convert_i32_s (local.get $targeted)))
    (f64.store (i32.const 104) (f64.convert_i32_s (local.get $hits)))
    (f64.store (i32.const 112) (local.get $missAbs))
    (f64.store (i32.const 120) (local.get $miss))
    (f64.store (i32.const 128) (f64.convert_i32_s (local.get $within)))
  )

  ;; The sum of an i64x2's lanes, as an i32 (a trial's counts fit).
  (func $lanes (param $v v128) (result i32)
    (i32.wrap_i64
      (i64.add (i64x2.extract_lane 0 (local.get $v)) (i64x2.extract_lane 1 (local.get $v))))
  )

  ;; schemes/truthTelling.ts (uncappedTrial): pays and tallies one trial; per-rep sums and
  ;; squares are added to the arrays at $sums and $squares. $zeroFloor selects the floor at 0,
  ;; else max(raw, $lowest) (−∞ for no floor, −basePay for deduct).
  (func (export "truthTelling")
    (param $target i32) (param $sales i32) (param $out i32) (param $sums i32) (param $squares i32)
    (param $reps i32) (param $periods i32) (param $alpha f64) (param $beta f64) (param $gamma f64)
    (param $zeroFloor i32) (param $lowest f64)
    (local $x f64) (local $y f64) (local $d f64) (local $raw f64) (local $pay f64)
    (local $gap f64) (local $repPay f64) (local $payTotal f64) (local $ape f64) (local $bias f64)
    (local $positive i32) (local $targeted i32) (local $hits i32)
    (local $missAbs f64) (local $miss f64) (local $within i32)
    (local $i i32) (local $end i32) (local $r i32) (local $rEnd i32) (local $step i32)
    (local $vx v128) (local $vy v128) (local $vd v128) (local $ve v128) (local $vpay v128)
    (local $vnn v128) (local $vmask v128) (local $vgap v128) (local $vpositive v128)
    (local $vtargeted v128) (local $vhits v128) (local $vmiss v128) (local $vwithin v128)
    (local $valpha v128) (local $vbeta v128) (local $vgamma v128) (local $vlowest v128)
    (local.set $valpha (f64x2.splat (local.get $alpha)))
    (local.set $vbeta (f64x2.splat (local.get $beta)))
    (local.set $vgamma (f64x2.splat (local.get $gamma)))
    (local.set $vlowest (f64x2.splat (local.get $lowest)))
    (local.set $step (i32.shl (local.get $periods) (i32.const 3)))
    (local.set $rEnd (i32.shl (local.get $reps) (i32.const 3)))
    (block $repsDone
      (loop $rep
        (br_if $repsDone (i32.ge_u (local.get $r) (local.get $rEnd)))
        (local.set $repPay (f64.const 0))
        (local.set $end (i32.add (local.get $i) (local.get $step)))
        ;; Two cells at a time while two are left in the rep, then the last one alone: the
        ;; same operations lane by lane, and the sums still added in cell order.
        (block $pairsDone
          (loop $pair
            (br_if $pairsDone
              (i32.gt_u (i32.add (local.get $i) (i32.const 16)) (local.get $end)))
            (local.set $vx (v128.load (i32.add (local.get $target) (local.get $i))))
            (local.set $vy (v128.load (i32.add (local.get $sales) (local.get $i))))
            (local.set $vd (f64x2.sub (local.get $vy) (local.get $vx)))
            (local.set $ve (f64x2.sub (local.get $vx) (local.get $vy)))
            (local.set $vpay
              (f64x2.sub
                (f64x2.add (f64x2.mul (local.get $vbeta) (local.get $vx))
                  (f64x2.mul (local.get $valpha)
                    (f64x2.mul (f64x2.add (local.get $vd) (f64x2.abs (local.get $vd)))
                      (v128.const f64x2 0.5 0.5))))
                (f64x2.mul (local.get $vgamma)
                  (f64x2.mul (f64x2.add (local.get $ve) (f64x2.abs (local.get $ve)))
                    (v128.const f64x2 0.5 0.5)))))
            (local.set $vpay
              (if (result v128) (local.get $zeroFloor)
                (then
                  (f64x2.mul (f64x2.add (local.get $vpay) (f64x2.abs (local.get $vpay)))
                    (v128.const f64x2 0.5 0.5)))
                (else (f64x2.max (local.get $vpay) (local.get $vlowest)))))
            (v128.store (i32.add (local.get $out) (local.get $i)) (local.get $vpay))
            (local.set $repPay
              (f64.add (local.get $repPay) (f64x2.extract_lane 0 (local.get $vpay))))
            (local.set $repPay
              (f64.add (local.get $repPay) (f64x2.extract_lane 1 (local.get $vpay))))

            ;; The scalar tally below, two lanes at a time: counts subtract the lanes' all-ones
            ;; masks (−1), and a lane left out adds +0 to ape and bias, which leaves them as
            ;; they are (neither can be −0: both start at +0).
            (local.set $vnn (f64x2.eq (local.get $vx) (local.get $vx)))
            (local.set $vtargeted (i64x2.sub (local.get $vtargeted) (local.get $vnn)))
            ;; Sales reach the target short of it by rounding at most (cellByCellTally.ts's MET).
            (local.set $vhits
              (i64x2.sub (local.get $vhits) (f64x2.ge (local.get $vy) (f64x2.mul (local.get $vx)
                (v128.const f64x2 0x1.fffffffffep-1 0x1.fffffffffep-1)))))
            (local.set $vmask
              (v128.and (f64x2.gt (local.get $vy) (v128.const f64x2 0 0)) (local.get $vnn)))
            (local.set $vpositive (i64x2.sub (local.get $vpositive) (local.get $vmask)))
            (local.set $vgap
              (v128.and
                (f64x2.div (f64x2.sub (local.get $vx) (local.get $vy)) (local.get $vy))
                (local.get $vmask)))
            ;; Targets within ±10% of the sales (cellByCellTally.ts's WITHIN).
            (local.set $vwithin
              (i64x2.sub (local.get $vwithin)
                (v128.and (local.get $vmask)
                  (f64x2.le (f64x2.abs (local.get $vgap)) (v128.const f64x2 0.1 0.1)))))
            (local.set $ape
              (f64.add (local.get $ape) (f64.abs (f64x2.extract_lane 0 (local.get $vgap)))))
            (local.set $ape
              (f64.add (local.get $ape) (f64.abs (f64x2.extract_lane 1 (local.get $vgap)))))
            (local.set $bias (f64.add (local.get $bias) (f64x2.extract_lane 0 (local.get $vgap))))
            (local.set $bias (f64.add (local.get $bias) (f64x2.extract_lane 1 (local.get $vgap))))
            ;; The miss in money counts every cell with a target, sales of 0 included.
            (local.set $vmiss
              (v128.and (f64x2.sub (local.get $vx) (local.get $vy)) (local.get $vnn)))
            (local.set $missAbs
              (f64.add (local.get $missAbs) (f64.abs (f64x2.extract_lane 0 (local.get $vmiss)))))
            (local.set $missAbs
              (f64.add (local.get $missAbs) (f64.abs (f64x2.extract_lane 1 (local.get $vmiss)))))
            (local.set $miss (f64.add (local.get $miss) (f64x2.extract_lane 0 (local.get $vmiss))))
            (local.set $miss (f64.add (local.get $miss) (f64x2.extract_lane 1 (local.get $vmiss))))
            (local.set $i (i32.add (local.get $i) (i32.const 16)))
            (br $pair)))
        (block $cellsDone
          (loop $cell
            (br_if $cellsDone (i32.ge_u (local.get $i) (local.get $end)))
            (local.set $x (f64.load (i32.add (local.get $target) (local.get $i))))
            (local.set $y (f64.load (i32.add (local.get $sales) (local.get $i))))
            ;; beta·x + alpha·max(0, y − x) − gamma·max(0, x − y), max(0, d) = (d + |d|)·0.5
            (local.set $d (f64.sub (local.get $y) (local.get $x)))
            (local.set $raw
              (f64.sub
                (f64.add (f64.mul (local.get $beta) (local.get $x))
                  (f64.mul (local.get $alpha)
                    (f64.mul (f64.add (local.get $d) (f64.abs (local.get $d))) (f64.const 0.5))))
                (f64.mul (local.get $gamma)
                  (f64.mul
                    (f64.add (f64.sub (local.get $x) (local.get $y))
                      (f64.abs (f64.sub (local.get $x) (local.get $y))))
                    (f64.const 0.5)))))
            (local.set $pay
              (if (result f64) (local.get $zeroFloor)
                (then (f64.mul (f64.add (local.get $raw) (f64.abs (local.get $raw)))
                  (f64.const 0.5)))
                (else (f64.max (local.get $raw) (local.get $lowest)))))
            (f64.store (i32.add (local.get $out) (local.get $i)) (local.get $pay))
            (local.set $repPay (f64.add (local.get $repPay) (local.get $pay)))

            ;; A missing target (NaN) counts nowhere: no hit, and it fails x = x.
            (local.set $targeted (i32.add (local.get $targeted) (f64.eq (local.get $x)
              (local.get $x))))
            (local.set $hits (i32.add (local.get $hits) (f64.ge (local.get $y)
              (f64.mul (local.get $x) (f64.const 0x1.fffffffffep-1)))))
            (if (f64.eq (local.get $x) (local.get $x))
              (then
                (local.set $missAbs
                  (f64.add (local.get $missAbs) (f64.abs (f64.sub (local.get $x) (local.get $y)))))
                (local.set $miss
                  (f64.add (local.get $miss) (f64.sub (local.get $x) (local.get $y))))))
            (if (i32.and (f64.gt (local.get $y) (f64.const 0)) (f64.eq (local.get $x)
              (local.get $x)))
              (then
                (local.set $gap (f64.div (f64.sub (local.get $x) (local.get $y)) (local.get $y)))
                (local.set $within (i32.add (local.get $within)
                  (f64.le (f64.abs (local.get $gap)) (f64.const 0.1))))
                (local.set $ape (f64.add (local.get $ape) (f64.abs (local.get $gap))))
                (local.set $bias (f64.add (local.get $bias) (local.get $gap)))
                (local.set $positive (i32.add (local.get $positive) (i32.const 1)))))
            (local.set $i (i32.add (local.get $i) (i32.const 8)))
            (br $cell)))
        (local.set $payTotal (f64.add (local.get $payTotal) (local.get $repPay)))
        (f64.store (i32.add (local.get $sums) (local.get $r))
          (f64.add (f64.load (i32.add (local.get $sums) (local.get $r))) (local.get $repPay)))
        (f64.store (i32.add (local.get $squares) (local.get $r))
          (f64.add (f64.load (i32.add (local.get $squares) (local.get $r)))
            (f64.mul (local.get $repPay) (local.get $repPay))))
        (local.set $r (i32.add (local.get $r) (i32.const 8)))
        (br $rep)))
    (call $storeTally (local.get $payTotal) (local.get $ape) (local.get $bias)
      (i32.add (local.get $positive) (call $lanes (local.get $vpositive)))
      (i32.add (local.get $targeted) (call $lanes (local.get $vtargeted)))
      (i32.add (local.get $hits) (call $lanes (local.get $vhits)))
      (local.get $missAbs) (local.get $miss)
      (i32.add (local.get $within) (call $lanes (local.get $vwithin))))
  )

  ;; schemes/haggledQuota.ts (haggledQuotaTrial): the same for the haggled quota.
  (func (export "haggledQuota")
    (param $target i32) (param $fixedPay i32) (param $sales i32) (param $out i32) (param $sums i32)
    (param $squares i32) (param $reps i32) (param $periods i32) (param $excessRate f64)
    (local $q f64) (local $y f64) (local $d f64) (local $ratio f64) (local $attainment f64)
    (local $pay f64) (local $gap f64) (local $repPay f64) (local $payTotal f64) (local $ape f64)
    (local $bias f64) (local $positive i32) (local $targeted i32) (local $hits i32)
    (local $missAbs f64) (local $miss f64) (local $within i32)
    (local $i i32) (local $end i32) (local $r i32) (local $rEnd i32) (local $step i32)
    (local $vx v128) (local $vy v128) (local $vd v128) (local $ve v128) (local $vpay v128)
    (local $vnn v128) (local $vmask v128) (local $vgap v128) (local $vpositive v128)
    (local $vtargeted v128) (local $vhits v128) (local $vmiss v128) (local $vwithin v128)
    (local $vrate v128)
    (local.set $vrate (f64x2.splat (local.get $excessRate)))
    (local.set $step (i32.shl (local.get $periods) (i32.const 3)))
    (local.set $rEnd (i32.shl (local.get $reps) (i32.const 3)))
    (block $repsDone
      (loop $rep
        (br_if $repsDone (i32.ge_u (local.get $r) (local.get $rEnd)))
        (local.set $repPay (f64.const 0))
        (local.set $end (i32.add (local.get $i) (local.get $step)))
        ;; Two cells at a time while two are left in the rep, then the last one alone: the
        ;; same operations lane by lane, and the sums still added in cell order.
        (block $pairsDone
          (loop $pair
            (br_if $pairsDone
              (i32.gt_u (i32.add (local.get $i) (i32.const 16)) (local.get $end)))
            (local.set $vx (v128.load (i32.add (local.get $target) (local.get $i))))
            (local.set $vy (v128.load (i32.add (local.get $sales) (local.get $i))))
            ;; Where the quota test fails the ratio may be NaN or ∞; bitselect takes 1 there.
            (local.set $vd (f64x2.div (local.get $vy) (local.get $vx)))
            (local.set $ve (f64x2.sub (local.get $vd) (v128.const f64x2 1 1)))
            (local.set $vd
              (v128.bitselect
                (f64x2.sub (local.get $vd)
                  (f64x2.mul (f64x2.add (local.get $ve) (f64x2.abs (local.get $ve)))
                    (v128.const f64x2 0.5 0.5)))
                (v128.const f64x2 1 1)
                (v128.and (f64x2.gt (local.get $vx) (v128.const f64x2 0 0))
                  (f64x2.lt (local.get $vy)
                    (f64x2.mul (v128.const f64x2 4503599627370496 4503599627370496)
                      (local.get $vx))))))
            (local.set $ve (f64x2.sub (local.get $vy) (local.get $vx)))
            (local.set $vpay
              (f64x2.add
                (f64x2.mul (v128.load (i32.add (local.get $fixedPay) (local.get $i)))
                  (local.get $vd))
                (f64x2.mul (local.get $vrate)
                  (f64x2.mul (f64x2.add (local.get $ve) (f64x2.abs (local.get $ve)))
                    (v128.const f64x2 0.5 0.5)))))
            (v128.store (i32.add (local.get $out) (local.get $i)) (local.get $vpay))
            (local.set $repPay
              (f64.add (local.get $repPay) (f64x2.extract_lane 0 (local.get $vpay))))
            (local.set $repPay
              (f64.add (local.get $repPay) (f64x2.extract_lane 1 (local.get $vpay))))

            ;; The scalar tally below, two lanes at a time: counts subtract the lanes' all-ones
            ;; masks (−1), and a lane left out adds +0 to ape and bias, which leaves them as
            ;; they are (neither can be −0: both start at +0).
            (local.set $vnn (f64x2.eq (local.get $vx) (local.get $vx)))
            (local.set $vtargeted (i64x2.sub (local.get $vtargeted) (local.get $vnn)))
            ;; Sales reach the target short of it by rounding at most (cellByCellTally.ts's MET).
            (local.set $vhits
              (i64x2.sub (local.get $vhits) (f64x2.ge (local.get $vy) (f64x2.mul (local.get $vx)
                (v128.const f64x2 0x1.fffffffffep-1 0x1.fffffffffep-1)))))
            (local.set $vmask
              (v128.and (f64x2.gt (local.get $vy) (v128.const f64x2 0 0)) (local.get $vnn)))
            (local.set $vpositive (i64x2.sub (local.get $vpositive) (local.get $vmask)))
            (local.set $vgap
              (v128.and
                (f64x2.div (f64x2.sub (local.get $vx) (local.get $vy)) (local.get $vy))
                (local.get $vmask)))
            ;; Targets within ±10% of the sales (cellByCellTally.ts's WITHIN).
            (local.set $vwithin
              (i64x2.sub (local.get $vwithin)
                (v128.and (local.get $vmask)
                  (f64x2.le (f64x2.abs (local.get $vgap)) (v128.const f64x2 0.1 0.1)))))
            (local.set $ape
              (f64.add (local.get $ape) (f64.abs (f64x2.extract_lane 0 (local.get $vgap)))))
            (local.set $ape
              (f64.add (local.get $ape) (f64.abs (f64x2.extract_lane 1 (local.get $vgap)))))
            (local.set $bias (f64.add (local.get $bias) (f64x2.extract_lane 0 (local.get $vgap))))
            (local.set $bias (f64.add (local.get $bias) (f64x2.extract_lane 1 (local.get $vgap))))
            ;; The miss in money counts every cell with a target, sales of 0 included.
            (local.set $vmiss
              (v128.and (f64x2.sub (local.get $vx) (local.get $vy)) (local.get $vnn)))
            (local.set $missAbs
              (f64.add (local.get $missAbs) (f64.abs (f64x2.extract_lane 0 (local.get $vmiss)))))
            (local.set $missAbs
              (f64.add (local.get $missAbs) (f64.abs (f64x2.extract_lane 1 (local.get $vmiss)))))
            (local.set $miss (f64.add (local.get $miss) (f64x2.extract_lane 0 (local.get $vmiss))))
            (local.set $miss (f64.add (local.get $miss) (f64x2.extract_lane 1 (local.get $vmiss))))
            (local.set $i (i32.add (local.get $i) (i32.const 16)))
            (br $pair)))
        (block $cellsDone
          (loop $cell
            (br_if $cellsDone (i32.ge_u (local.get $i) (local.get $end)))
            (local.set $q (f64.load (i32.add (local.get $target) (local.get $i))))
            (local.set $y (f64.load (i32.add (local.get $sales) (local.get $i))))
            ;; min(1, y/q) = r − max(0, r − 1) below 2^52·q; beyond it, or with no quota, 1.
            (local.set $attainment
              (if (result f64)
                (i32.and (f64.gt (local.get $q) (f64.const 0))
                  (f64.lt (local.get $y) (f64.mul (f64.const 4503599627370496) (local.get $q))))
                (then
                  (local.set $ratio (f64.div (local.get $y) (local.get $q)))
                  (local.set $d (f64.sub (local.get $ratio) (f64.const 1)))
                  (f64.sub (local.get $ratio)
                    (f64.mul (f64.add (local.get $d) (f64.abs (local.get $d))) (f64.const 0.5))))
                (else (f64.const 1))))
            (local.set $d (f64.sub (local.get $y) (local.get $q)))
            (local.set $pay
              (f64.add
                (f64.mul (f64.load (i32.add (local.get $fixedPay) (local.get $i)))
                  (local.get $attainment))
                (f64.mul (local.get $excessRate)
                  (f64.mul (f64.add (local.get $d) (f64.abs (local.get $d))) (f64.const 0.5)))))
            (f64.store (i32.add (local.get $out) (local.get $i)) (local.get $pay))
            (local.set $repPay (f64.add (local.get $repPay) (local.get $pay)))

            (local.set $targeted (i32.add (local.get $targeted) (f64.eq (local.get $q)
              (local.get $q))))
            (local.set $hits (i32.add (local.get $hits) (f64.ge (local.get $y)
              (f64.mul (local.get $q) (f64.const 0x1.fffffffffep-1)))))
            (if (f64.eq (local.get $q) (local.get $q))
              (then
                (local.set $missAbs
                  (f64.add (local.get $missAbs) (f64.abs (f64.sub (local.get $q) (local.get $y)))))
                (local.set $miss
                  (f64.add (local.get $miss) (f64.sub (local.get $q) (local.get $y))))))
            (if (i32.and (f64.gt (local.get $y) (f64.const 0)) (f64.eq (local.get $q)
              (local.get $q)))
              (then
                (local.set $gap (f64.div (f64.sub (local.get $q) (local.get $y)) (local.get $y)))
                (local.set $within (i32.add (local.get $within)
                  (f64.le (f64.abs (local.get $gap)) (f64.const 0.1))))
                (local.set $ape (f64.add (local.get $ape) (f64.abs (local.get $gap))))
                (local.set $bias (f64.add (local.get $bias) (local.get $gap)))
                (local.set $positive (i32.add (local.get $positive) (i32.const 1)))))
            (local.set $i (i32.add (local.get $i) (i32.const 8)))
            (br $cell)))
        (local.set $payTotal (f64.add (local.get $payTotal) (local.get $repPay)))
        (f64.store (i32.add (local.get $sums) (local.get $r))
          (f64.add (f64.load (i32.add (local.get $sums) (local.get $r))) (local.get $repPay)))
        (f64.store (i32.add (local.get $squares) (local.get $r))
          (f64.add (f64.load (i32.add (local.get $squares) (local.get $r)))
            (f64.mul (local.get $repPay) (local.get $repPay))))
        (local.set $r (i32.add (local.get $r) (i32.const 8)))
        (br $rep)))
    (call $storeTally (local.get $payTotal) (local.get $ape) (local.get $bias)
      (i32.add (local.get $positive) (call $lanes (local.get $vpositive)))
      (i32.add (local.get $targeted) (call $lanes (local.get $vtargeted)))
      (i32.add (local.get $hits) (call $lanes (local.get $vhits)))
      (local.get $missAbs) (local.get $miss)
      (i32.add (local.get $within) (call $lanes (local.get $vwithin))))
  )
