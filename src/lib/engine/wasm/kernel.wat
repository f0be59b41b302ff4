;; The engine's hot loops: the draw loop and the uncapped truth-telling and quota
;; pay kernels with their tally, bit for bit the TypeScript in drawLognormals.ts, fastExp.ts,
;; schemes/truthTelling.ts and schemes/haggledQuota.ts (tests hold them to it). Assemble with
;; `npm run build:wasm` (scripts/build-wasm.ts).
;;
;; Memory (bytes): the generator's state (4 × i32) at 0; one trial's tally (9 × f64) at 64;
;; tables copied in by kernel.ts: the ziggurat's signed widths (256 × f64) at 1024 and layer
;; limits (128 × f64) at 3072, fastExp's 2^(j/2048) (2048 × f64) at 4096 and 2^(i − 1023)
;; (2048 × f64) at 20480. Arrays from 65536 on, at offsets the caller passes.

(module
  ;; The portable exp for fastExp's arguments beyond ±708 and NaN; normalFromWord for the ziggurat's
  ;; rare paths (its state read from and written back to 0). Both are the TypeScript's own, so
  ;; the rare paths cannot drift from it.
  (import "js" "exp" (func $exp (param f64) (result f64)))
  (import "js" "rest" (func $rest (param i32) (result f64)))
  (memory (export "memory") 1)

  ;; drawLognormals.ts: out[i] = fastExp(logMu[i] + logSigma[i]·Z_i) for n cells from the
  ;; xoshiro128** state at 0, returning their sum in cell order. The normals come one at a time
  ;; (each step of the stream needs the last), the exponentials two at a time: a pair's first
  ;; normal waits in lane 0 of $pairZ. With an odd n the last pair's lane 1 is a padding cell
  ;; that the caller leaves room for after each of the three arrays; it is left out of the sum.
  ;;
  ;; fastExp.ts is followed step by step, lane by lane, in the same order of operations (IEEE f64
  ;; ops give the same bits in WebAssembly as in V8's JavaScript; JS's `x | 0` in range is a
  ;; truncation). The constants are the doubles fastExp.ts computes, written out: 2048/ln 2,
  ;; 1023·2048 + 0.5, fdlibm's ln 2 split over 2048, and 1/6. A lane beyond ±708 (or NaN) takes
  ;; the portable exp instead; it goes through the steps as 0 so that its table reads stay in the
  ;; tables. The table reads are scalar: WebAssembly has no gather.
  (func (export "draw") (param $logMu i32) (param $logSigma i32) (param $out i32) (param $n i32)
    (result f64)
    (local $s0 i32) (local $s1 i32) (local $s2 i32) (local $s3 i32)
    (local $product i32) (local $u i32) (local $shifted i32) (local $m f64) (local $z f64)
    (local $total f64) (local $i i32) (local $end i32) (local $pair i32)
    (local $pairZ v128) (local $x v128) (local $inRange v128) (local $safe v128)
    (local $biased v128) (local $k v128) (local $r v128) (local $hi v128) (local $lo v128)
    (local $scale v128) (local $y v128)
    (local.set $s0 (i32.load (i32.const 0)))
    (local.set $s1 (i32.load (i32.const 4)))
    (local.set $s2 (i32.load (i32.const 8)))
    (local.set $s3 (i32.load (i32.const 12)))
    (local.set $end (i32.shl (local.get $n) (i32.const 3)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $end)))
        (local.set $product (i32.mul (local.get $s1) (i32.const 5)))
        (local.set $u (i32.mul (i32.rotl (local.get $product) (i32.const 7)) (i32.const 9)))
        (local.set $shifted (i32.shl (local.get $s1) (i32.const 9)))
        (local.set $s2 (i32.xor (local.get $s2) (local.get $s0)))
        (local.set $s3 (i32.xor (local.get $s3) (local.get $s1)))
        (local.set $s1 (i32.xor (local.get $s1) (local.get $s2)))
        (local.set $s0 (i32.xor (local.get $s0) (local.get $s3)))
        (local.set $s2 (i32.xor (local.get $s2) (local.get $shifted)))
        (local.set $s3 (i32.rotl (local.get $s3) (i32.const 11)))

        (local.set $m (f64.convert_i32_u (i32.shr_u (local.get $u) (i32.const 8))))
        (local.set $z (f64.mul (local.get $m)
          (f64.load offset=1024 (i32.shl (i32.and (local.get $u) (i32.const 255)) (i32.const 3)))))
        (if (i32.eqz (f64.lt (local.get $m)
              (f64.load offset=3072 (i32.shl (i32.and (local.get $u) (i32.const 127))
                (i32.const 3)))))
          (then
            (i32.store (i32.const 0) (local.get $s0))
            (i32.store (i32.const 4) (local.get $s1))
            (i32.store (i32.const 8) (local.get $s2))
            (i32.store (i32.const 12) (local.get $s3))
            (local.set $z (call $rest (local.get $u)))
            (local.set $s0 (i32.load (i32.const 0)))
            (local.set $s1 (i32.load (i32.const 4)))
            (local.set $s2 (i32.load (i32.const 8)))
            (local.set $s3 (i32.load (i32.const 12)))))

        (local.set $pair (i32.and (local.get $i) (i32.const -16)))
        (block $pairReady
          (if (i32.and (local.get $i) (i32.const 8))
            (then
              (local.set $pairZ (f64x2.replace_lane 1 (local.get $pairZ) (local.get $z)))
              (br $pairReady)))
          (local.set $pairZ (f64x2.replace_lane 0 (local.get $pairZ) (local.get $z)))
          (local.set $i (i32.add (local.get $i) (i32.const 8)))
          (br_if $next (i32.lt_u (local.get $i) (local.get $end))))

        (local.set $x
          (f64x2.add (v128.load (i32.add (local.get $logMu) (local.get $pair)))
            (f64x2.mul (v128.load (i32.add (local.get $logSigma) (local.get $pair)))
              (local.get $pairZ))))
        (local.set $inRange (f64x2.lt (f64x2.abs (local.get $x)) (v128.const f64x2 708 708)))
        (local.set $safe (v128.and (local.get $x) (local.get $inRange)))
        (local.set $biased
          (i32x4.trunc_sat_f64x2_s_zero
            (f64x2.add
              (f64x2.mul (local.get $safe) (v128.const f64x2 2954.639443740597 2954.639443740597))
              (v128.const f64x2 2095104.5 2095104.5))))
        (local.set $k
          (f64x2.convert_low_i32x4_s
            (i32x4.sub (local.get $biased) (i32x4.splat (i32.const 2095104)))))
        (local.set $r
          (f64x2.sub
            (f64x2.sub (local.get $safe)
              (f64x2.mul (local.get $k)
                (v128.const f64x2 0.00033845077166461124 0.00033845077166461124)))
            (f64x2.mul (local.get $k)
              (v128.const f64x2 9.317455709329042e-14 9.317455709329042e-14))))
        (local.set $hi
          (i32x4.shl (i32x4.shr_s (local.get $biased) (i32.const 11)) (i32.const 3)))
        (local.set $lo
          (i32x4.shl (v128.and (local.get $biased) (i32x4.splat (i32.const 2047)))
            (i32.const 3)))
        (local.set $scale
          (f64x2.mul
            (f64x2.replace_lane 1
              (f64x2.splat (f64.load offset=20480 (i32x4.extract_lane 0 (local.get $hi))))
              (f64.load offset=20480 (i32x4.extract_lane 1 (local.get $hi))))
            (f64x2.replace_lane 1
              (f64x2.splat (f64.load offset=4096 (i32x4.extract_lane 0 (local.get $lo))))
              (f64.load offset=4096 (i32x4.extract_lane 1 (local.get $lo))))))
        (local.set $y
          (f64x2.add (local.get $scale)
            (f64x2.mul (local.get $scale)
              (f64x2.add (local.get $r)
                (f64x2.mul (f64x2.mul (local.get $r) (local.get $r))
                  (f64x2.add (v128.const f64x2 0.5 0.5)
                    (f64x2.mul (local.get $r)
                      (v128.const f64x2 0.16666666666666666 0.16666666666666666))))))))
        (if (i32.eqz (i64x2.all_true (local.get $inRange)))
          (then
            (if (i32.eqz (i32x4.extract_lane 0 (local.get $inRange)))
              (then (local.set $y (f64x2.replace_lane 0 (local.get $y)
                (call $exp (f64x2.extract_lane 0 (local.get $x)))))))
            (if (i32.eqz (i32x4.extract_lane 2 (local.get $inRange)))
              (then (local.set $y (f64x2.replace_lane 1 (local.get $y)
                (call $exp (f64x2.extract_lane 1 (local.get $x)))))))))

        (v128.store (i32.add (local.get $out) (local.get $pair)) (local.get $y))
        (local.set $total (f64.add (local.get $total) (f64x2.extract_lane 0 (local.get $y))))
        (if (i32.lt_u (i32.add (local.get $pair) (i32.const 8)) (local.get $end))
          (then
            (local.set $total (f64.add (local.get $total) (f64x2.extract_lane 1 (local.get $y))))))
        (local.set $i (i32.add (local.get $i) (i32.const 8)))
        (br $next)))
    (i32.store (i32.const 0) (local.get $s0))
    (i32.store (i32.const 4) (local.get $s1))
    (i32.store (i32.const 8) (local.get $s2))
    (i32.store (i32.const 12) (local.get $s3))
    (local.get $total)
  )

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
            (local.set $vhits
              (i64x2.sub (local.get $vhits) (f64x2.ge (local.get $vy) (local.get $vx))))
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
            (local.set $hits (i32.add (local.get $hits) (f64.ge (local.get $y) (local.get $x))))
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
            (local.set $vhits
              (i64x2.sub (local.get $vhits) (f64x2.ge (local.get $vy) (local.get $vx))))
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
            (local.set $hits (i32.add (local.get $hits) (f64.ge (local.get $y) (local.get $q))))
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
)
