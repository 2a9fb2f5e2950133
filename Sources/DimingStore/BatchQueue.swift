import Foundation

/// A bounded hand-over of batches from the parsing thread to the writing
/// thread. Bounded, so a fast reader cannot fill memory ahead of a slow disk.
final class BatchQueue: @unchecked Sendable {
    private let condition = NSCondition()
    private var items: [OpBatch] = []
    private var finished = false
    private var cancelled = false
    private var failure: (any Error)?
    private let capacity = 4

    /// Adds a batch, waiting while the queue is full. Returns false once the
    /// writing side has given up, so the parser can stop.
    @discardableResult
    func put(_ batch: OpBatch) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while items.count >= capacity && !cancelled { condition.wait() }
        if cancelled { return false }
        items.append(batch)
        condition.broadcast()
        return true
    }

    /// The parser is done, with the error that stopped it, if any.
    func finish(error: (any Error)?) {
        condition.lock()
        finished = true
        failure = error
        condition.broadcast()
        condition.unlock()
    }

    /// The writing side stops taking batches (it failed or is done).
    func cancel() {
        condition.lock()
        cancelled = true
        items.removeAll()
        condition.broadcast()
        condition.unlock()
    }

    /// The next batch; nil when the parser has finished and all were taken.
    /// Rethrows the parser's error once everything before it was taken.
    func take() throws -> OpBatch? {
        condition.lock()
        defer { condition.unlock() }
        while items.isEmpty && !finished { condition.wait() }
        if !items.isEmpty {
            let batch = items.removeFirst()
            condition.broadcast()
            return batch
        }
        if let failure { throw failure }
        return nil
    }
}
