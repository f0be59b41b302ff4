;; The engine's hot loops: the draw loop here and, in kernelPay.wat (included at the end), the
;; uncapped truth-telling and quota pay kernels with their tally, bit for bit the TypeScript in
;; drawLognormals.ts, fastExp.ts, schemes/truthTelling.ts and schemes/haggledQuota.ts (tests
;; hold them to it). Assemble with `npm run build:wasm` (scripts/build-wasm.ts).
;;
;; Memory (bytes): the generator's state (4 × i32) at 0; one trial's tally (9 × f64) at 64;
;; tables copied in by kernel.ts: the ziggurat's signed widths (256 × f64) at 1024 and layer
;; limits (128 × f64) at 3072, fastExp's 2^(j/2048) (2048 × f64) at 4096 and 2^(i − 1023)
;; (2048 × f64) at 20480. Arrays from 65536 on, at offsets the caller passes.

(module
  ;; The portable exp for fastExp's arguments beyond ±708 and NaN; normalFromWord for the
  ;; ziggurat's rare paths (its state read from and written back to 0). Both are the
  ;; TypeScript's own, so the rare paths cannot drift from it.
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

  ;; include kernelPay.wat
)
