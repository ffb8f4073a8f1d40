"""The PDF preview every printed document opens in, and its Word export."""
