/// Membership of short strings (units, counters) in small fixed lists, by comparing UTF-8 bytes in place:
/// no hashing (a `Set<String>` hashes with normalization for non-ASCII text), no global to initialise.
enum ShortStrings {
    /// Whether `b` holds exactly the bytes of `w`.
    @inline(__always) static func equal(_ b: UnsafeBufferPointer<UInt8>, _ w: StaticString) -> Bool {
        guard b.count == w.utf8CodeUnitCount else { return false }
        let p = w.utf8Start
        var k = 0
        while k < b.count { if b[k] != p[k] { return false }; k += 1 }
        return true
    }

    /// `body` over the UTF-8 bytes of `s`, for an optional answer.
    @inline(__always) static func optionalBytes(_ s: String, _ body: (UnsafeBufferPointer<UInt8>) -> Bool?) -> Bool? {
        var s = s
        return s.withUTF8(body)
    }

    /// `body` over the UTF-8 bytes of `s` (a small string is read from a copy on the stack).
    @inline(__always) static func bytes(_ s: String, _ body: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
        var s = s
        return s.withUTF8(body)
    }
}
