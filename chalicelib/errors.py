"""Errors a client can cause, each with a stable wire code. Mapped once to an `error` frame."""

from __future__ import annotations


class HearthError(Exception):
    """Base: `code` is the stable snake_case code clients see."""

    code = "internal"
    default_message = "Something went wrong."

    def __init__(self, message: str | None = None, **details: object) -> None:
        super().__init__(message or self.default_message)
        self.message = message or self.default_message
        self.details = details


class BadJson(HearthError):
    code = "bad_json"
    default_message = "Frames must be JSON."


class BadFrame(HearthError):
    code = "bad_frame"
    default_message = "Frames must be JSON objects with an 'action'."


class UnknownAction(HearthError):
    code = "unknown_action"
    default_message = "Unknown action."


class InvalidField(HearthError):
    code = "invalid_field"
    default_message = "A field is missing or has the wrong type."


class TooLong(HearthError):
    code = "too_long"
    default_message = "That is too long."


class FrameTooLarge(HearthError):
    code = "frame_too_large"
    default_message = "Frames must be at most 16 KiB."


class HelloRequired(HearthError):
    code = "hello_required"
    default_message = "Send 'hello' first."


class NotFound(HearthError):
    code = "not_found"
    default_message = "Not found."


class NotInRoom(HearthError):
    code = "not_in_room"
    default_message = "Join the room first."


class RoomFull(HearthError):
    code = "room_full"
    default_message = "That room is full right now. Try another room or come back soon."


class RoomClosed(HearthError):
    code = "room_closed"
    default_message = "That room is closed right now."


class Forbidden(HearthError):
    code = "forbidden"
    default_message = "You can't do that."


class RateLimited(HearthError):
    code = "rate_limited"
    default_message = "You're sending messages quickly. Take a breath and try again in a moment."


class Unavailable(HearthError):
    code = "unavailable"
    default_message = "Hearth is busy right now; nothing was saved. Please try again."


class GuidelinesRequired(HearthError):
    code = "guidelines_required"
    default_message = "Please read and accept the community guidelines before you post."


class ContactInfo(HearthError):
    code = "contact_info"
    default_message = "Please don't share contact details here."


class HarmfulContent(HearthError):
    code = "harmful_content"
    default_message = (
        "Your message wasn't sent because it contains language that isn't allowed here. "
        "Please keep Hearth kind and safe for everyone."
    )


class Muted(HearthError):
    code = "muted"
    default_message = "A moderator has paused your messages for a while."


class Banned(HearthError):
    code = "banned"
    default_message = "A moderator has removed you from Hearth."
