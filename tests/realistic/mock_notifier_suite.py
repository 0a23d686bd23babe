"""A notification service suite using the setUp/addCleanup patcher pattern and class-level patch decorators."""
import io
import re
import sys
import unittest
from unittest import mock
from unittest.mock import patch, call, sentinel, ANY


class SmsGateway:
    def send(self, number, text):
        raise RuntimeError("real SMS sent!")


class Mailer:
    def send(self, to, subject, body):
        raise RuntimeError("real mail sent!")


GATEWAY = SmsGateway()
MAILER = Mailer()
PREFERENCES = {"ann": "sms", "bob": "mail", "cy": "both"}
CONTACTS = {"ann": "+4712345678", "bob": "bob@example.com", "cy": ("+4799999999", "cy@example.com")}


def notify(user, event, **details):
    channel = PREFERENCES.get(user)
    if channel is None:
        raise KeyError(f"unknown user {user!r}")
    text = f"[{event.upper()}] " + ", ".join(f"{k}={v}" for k, v in sorted(details.items()))
    sent = []
    contact = CONTACTS[user]
    if channel in ("sms", "both"):
        number = contact[0] if isinstance(contact, tuple) else contact
        GATEWAY.send(number, text[:40])
        sent.append("sms")
    if channel in ("mail", "both"):
        address = contact[1] if isinstance(contact, tuple) else contact
        MAILER.send(address, f"Notice: {event}", text)
        sent.append("mail")
    return sent


class NotifyTests(unittest.TestCase):
    def setUp(self):
        sms_patcher = patch.object(GATEWAY, "send", autospec=True)
        self.sms = sms_patcher.start()
        self.addCleanup(sms_patcher.stop)
        mail_patcher = patch(f"{__name__}.MAILER")
        self.mailer = mail_patcher.start()
        self.addCleanup(mail_patcher.stop)

    def test_sms_only(self):
        self.assertEqual(notify("ann", "login", ip="10.0.0.1"), ["sms"])
        self.sms.assert_called_once_with("+4712345678", "[LOGIN] ip=10.0.0.1")
        self.mailer.send.assert_not_called()

    def test_mail_only(self):
        notify("bob", "invoice", amount=12.5, due="2024-06-01")
        self.mailer.send.assert_called_once_with("bob@example.com", "Notice: invoice", ANY)
        body = self.mailer.send.call_args.args[2]
        self.assertRegex(body, r"amount=12\.5, due=2024-06-01")

    def test_both_channels_truncate_sms(self):
        sent = notify("cy", "backup", status="finished successfully", size="12 GB", host="db-01")
        self.assertEqual(sent, ["sms", "mail"])
        number, text = self.sms.call_args.args
        self.assertEqual(len(text), 40)
        print(f"\n    sms text: {text!r}")

    def test_unknown_user(self):
        with self.assertRaisesRegex(KeyError, "unknown user 'zed'"):
            notify("zed", "x")

    @patch.dict(PREFERENCES, {"ann": "mail"})
    @patch.dict(CONTACTS, {"ann": "ann@example.com"})
    def test_preferences_patched(self):
        notify("ann", "reset")
        self.assertEqual(self.mailer.send.call_args_list, [call("ann@example.com", "Notice: reset", "[RESET] ")])

    def test_gateway_failure_propagates(self):
        self.sms.side_effect = ConnectionError("gateway down")
        with self.assertRaises(ConnectionError):
            notify("cy", "alert")
        self.mailer.send.assert_not_called()

    def test_patches_are_undone(self):
        self.assertIsNot(MAILER, Mailer)
        self.assertTrue(isinstance(MAILER, mock.MagicMock))


@patch(f"{__name__}.PREFERENCES", {"dee": "sms"})
@patch(f"{__name__}.CONTACTS", {"dee": "+100"})
class PatchedClassTests(unittest.TestCase):
    @patch.object(SmsGateway, "send")
    def test_class_level_data(self, send):
        self.assertEqual(notify("dee", "hi"), ["sms"])
        send.assert_called_once_with("+100", "[HI] ")

    def test_other_user_missing(self):
        self.assertRaises(KeyError, notify, "ann", "x")


def main():
    stream = io.StringIO()
    suite = unittest.TestSuite()
    loader = unittest.TestLoader()
    suite.addTests(loader.loadTestsFromTestCase(NotifyTests))
    suite.addTests(loader.loadTestsFromTestCase(PatchedClassTests))
    result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
    print(re.sub(r"in \d+\.\d+s", "in Xs", stream.getvalue()))
    print("errors:", result.errors, "failures:", result.failures)
    print(type(MAILER).__name__, PREFERENCES, sorted(CONTACTS))
    try:
        GATEWAY.send("1", "x")
    except RuntimeError as exc:
        print("restored:", exc)


main()
