/* test-json.c: the strict JSON reader and the writer
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "kw-json.h"

static KwJsonNode *
parse (const char *text)
{
  g_autoptr(GError) error = NULL;
  KwJsonNode *node = kw_json_parse (text, strlen (text), &error);

  g_assert_no_error (error);
  g_assert_nonnull (node);
  return node;
}

static void
test_values (void)
{
  g_autoptr(KwJsonNode) root =
    parse ("\xEF\xBB\xBF { \"a\": [1, -0, 9223372036854775807, -9223372036854775808],"
           " \"b\": {\"c\": null, \"d\": true, \"e\": false},"
           " \"f\": \"caf\\u00e9 \\ud83c\\udfc3 \\\"q\\\" \\\\ \\/ \\b\\f\\n\\r\\t\","
           " \"g\": 2.5e-1, \"h\": \"\", \"i\": [], \"j\": {} }\r\n");
  KwJsonNode *a, *b, *f;

  g_assert_cmpint (kw_json_node_get_node_type (root), ==, KW_JSON_OBJECT);
  g_assert_cmpuint (kw_json_node_get_length (root), ==, 7);
  g_assert_cmpstr (kw_json_node_get_member_name (root, 2), ==, "f");

  a = kw_json_node_get_member (root, "a");
  g_assert_cmpuint (kw_json_node_get_length (a), ==, 4);
  g_assert_cmpint (kw_json_node_get_integer (kw_json_node_get_element (a, 0)), ==, 1);
  g_assert_cmpint (kw_json_node_get_integer (kw_json_node_get_element (a, 1)), ==, 0);
  g_assert_cmpint (kw_json_node_get_integer (kw_json_node_get_element (a, 2)), ==, G_MAXINT64);
  g_assert_cmpint (kw_json_node_get_integer (kw_json_node_get_element (a, 3)), ==, G_MININT64);

  b = kw_json_node_get_member (root, "b");
  g_assert_cmpint (kw_json_node_get_node_type (kw_json_node_get_member (b, "c")), ==,
                   KW_JSON_NULL);
  g_assert_true (kw_json_node_get_boolean (kw_json_node_get_member (b, "d")));
  g_assert_false (kw_json_node_get_boolean (kw_json_node_get_member (b, "e")));
  g_assert_null (kw_json_node_get_member (b, "missing"));

  f = kw_json_node_get_member (root, "f");
  g_assert_cmpstr (kw_json_node_get_string (f), ==, "café 🏃 \"q\" \\ / \b\f\n\r\t");

  g_assert_cmpint (kw_json_node_get_node_type (kw_json_node_get_member (root, "g")), ==,
                   KW_JSON_DOUBLE);
  g_assert_cmpfloat (kw_json_node_get_double (kw_json_node_get_member (root, "g")), ==, 0.25);
  g_assert_cmpstr (kw_json_node_get_string (kw_json_node_get_member (root, "h")), ==, "");
  g_assert_cmpuint (kw_json_node_get_length (kw_json_node_get_member (root, "i")), ==, 0);
  g_assert_cmpuint (kw_json_node_get_length (kw_json_node_get_member (root, "j")), ==, 0);
}

/* Each refused with a message naming the line, column and problem. */
static void
test_refused (void)
{
  static const struct {
    const char *text;
    gssize      len;
    KwJsonError code;
    const char *message;
  } cases[] = {
    { "", 0, KW_JSON_ERROR_SYNTAX, "line 1, column 1: the text is empty" },
    { "  \n ", -1, KW_JSON_ERROR_SYNTAX, "line 2, column 2: the text is empty" },
    { "{\"a\": 1,}", -1, KW_JSON_ERROR_SYNTAX,
      "line 1, column 9: expected a member name in double quotes" },
    { "[1, 2", -1, KW_JSON_ERROR_SYNTAX, "line 1, column 6: expected “,” or “]” in a list" },
    { "[1 2]", -1, KW_JSON_ERROR_SYNTAX, "line 1, column 4: expected “,” or “]” in a list" },
    { "{\"a\" 1}", -1, KW_JSON_ERROR_SYNTAX, "line 1, column 6: expected “:” after a member name" },
    { "{'a': 1}", -1, KW_JSON_ERROR_SYNTAX,
      "line 1, column 2: expected a member name in double quotes" },
    { "// c\n1", -1, KW_JSON_ERROR_SYNTAX,
      "line 1, column 1: expected a value: a string, number, list, object, true, false or null" },
    { "1 2", -1, KW_JSON_ERROR_SYNTAX, "line 1, column 3: there is more text after the end" },
    { "01", -1, KW_JSON_ERROR_SYNTAX, "line 1, column 2: there is more text after the end" },
    { "-", -1, KW_JSON_ERROR_SYNTAX, "line 1, column 2: a number needs a digit here" },
    { "1.", -1, KW_JSON_ERROR_SYNTAX, "line 1, column 3: a number needs a digit after the point" },
    { "1e+", -1, KW_JSON_ERROR_SYNTAX, "line 1, column 4: a number needs a digit in its exponent" },
    { "+1", -1, KW_JSON_ERROR_SYNTAX,
      "line 1, column 1: expected a value: a string, number, list, object, true, false or null" },
    { "NaN", -1, KW_JSON_ERROR_SYNTAX,
      "line 1, column 1: expected a value: a string, number, list, object, true, false or null" },
    { "tru", -1, KW_JSON_ERROR_SYNTAX,
      "line 1, column 1: expected a value: a string, number, list, object, true, false or null" },
    { "9223372036854775808", -1, KW_JSON_ERROR_RANGE,
      "line 1, column 1: the number 9223372036854775808 is too large" },
    { "[1e999]", -1, KW_JSON_ERROR_RANGE, "line 1, column 2: the number 1e999 is too large" },
    { "\"abc", -1, KW_JSON_ERROR_SYNTAX, "line 1, column 1: this string is never closed" },
    { "\"a\tb\"", -1, KW_JSON_ERROR_SYNTAX,
      "line 1, column 3: a control character (such as a line break) in a string must be escaped" },
    { "\"\\x\"", -1, KW_JSON_ERROR_SYNTAX,
      "line 1, column 3: a backslash in a string must start an escape such as \\n or \\u00e9" },
    { "\"\\u12\"", -1, KW_JSON_ERROR_SYNTAX,
      "line 1, column 4: \\u must be followed by four hex digits" },
    { "\"\\ud83c\"", -1, KW_JSON_ERROR_ENCODING,
      "line 1, column 8: a \\u escape holds half of a character (a lone high surrogate)" },
    { "\"\\udfc3\"", -1, KW_JSON_ERROR_ENCODING,
      "line 1, column 8: a \\u escape holds half of a character (a lone low surrogate)" },
    { "\"a\\u0000b\"", -1, KW_JSON_ERROR_ENCODING,
      "line 1, column 9: strings cannot hold the NUL character (\\u0000)" },
    { "[\"\xC3\x28\"]", -1, KW_JSON_ERROR_ENCODING, "line 1, column 3: the text is not valid UTF-8" },
    { "[\"\xED\xA0\x80\"]", -1, KW_JSON_ERROR_ENCODING,
      "line 1, column 3: the text is not valid UTF-8" },
    { "[1]\0", 4, KW_JSON_ERROR_ENCODING, "line 1, column 4: the text is not valid UTF-8" },
    { "{\"é\": 1,\n \"é\": 2}", -1, KW_JSON_ERROR_DUPLICATE,
      "line 2, column 2: the member “é” appears twice in one object" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gsize len = cases[i].len < 0 ? strlen (cases[i].text) : (gsize) cases[i].len;
      /* An exact-size copy: a read past the end is a heap overflow under ASan. */
      g_autofree char *copy = g_memdup2 (cases[i].text, len);
      g_autoptr(KwJsonNode) node = NULL;

      g_autofree char *shown = g_strescape (cases[i].text, NULL);

      g_test_message ("case %u: %s", i, shown);
      node = kw_json_parse (copy, len, &error);
      g_assert_null (node);
      g_assert_error (error, KW_JSON_ERROR, cases[i].code);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

/* An empty GBytes hands the parser no pointer at all (found by
 * fuzz-data-import under clang's UBSan: NULL + 0). */
static void
test_no_text (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KwJsonNode) node = kw_json_parse (NULL, 0, &error);

  g_assert_null (node);
  g_assert_error (error, KW_JSON_ERROR, KW_JSON_ERROR_SYNTAX);
  g_assert_cmpstr (error->message, ==, "line 1, column 1: the text is empty");
}

static void
test_depth (void)
{
  g_autoptr(GString) ok = g_string_new (NULL);
  g_autoptr(GString) deep = NULL;
  g_autoptr(KwJsonNode) node = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < KW_JSON_MAX_DEPTH; i++)
    g_string_append (ok, i % 2 ? "{\"a\":" : "[");
  g_string_append (ok, "0");
  for (guint i = KW_JSON_MAX_DEPTH; i-- > 0;)
    g_string_append (ok, i % 2 ? "}" : "]");
  node = kw_json_parse (ok->str, ok->len, &error);
  g_assert_no_error (error);
  g_assert_nonnull (node);

  /* A million brackets: refused at the limit, not by running out of stack. */
  deep = g_string_new (NULL);
  for (guint i = 0; i < 1000000; i++)
    g_string_append_c (deep, '[');
  g_clear_pointer (&node, kw_json_node_free);
  node = kw_json_parse (deep->str, deep->len, &error);
  g_assert_null (node);
  g_assert_error (error, KW_JSON_ERROR, KW_JSON_ERROR_TOO_DEEP);
  g_assert_cmpstr (error->message, ==,
                   "line 1, column 65: lists and objects nest more than 64 levels deep");
}

static void
test_writer (void)
{
  g_autoptr(KwJsonWriter) writer = kw_json_writer_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(KwJsonNode) back = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  kw_json_writer_begin_object (writer, FALSE);
  kw_json_writer_member (writer, "name");
  kw_json_writer_string (writer, "say \"hi\"\n\\ \x01 é");
  kw_json_writer_member (writer, "n");
  kw_json_writer_integer (writer, G_MININT64);
  kw_json_writer_member (writer, "rows");
  kw_json_writer_begin_array (writer, FALSE);
  kw_json_writer_begin_object (writer, TRUE);
  kw_json_writer_member (writer, "a");
  kw_json_writer_boolean (writer, TRUE);
  kw_json_writer_member (writer, "b");
  kw_json_writer_null (writer);
  kw_json_writer_member (writer, "c");
  kw_json_writer_begin_array (writer, FALSE);
  kw_json_writer_integer (writer, 1);
  kw_json_writer_integer (writer, 2);
  kw_json_writer_end_array (writer);
  kw_json_writer_end_object (writer);
  kw_json_writer_begin_object (writer, TRUE);
  kw_json_writer_end_object (writer);
  kw_json_writer_end_array (writer);
  kw_json_writer_member (writer, "empty");
  kw_json_writer_begin_array (writer, FALSE);
  kw_json_writer_end_array (writer);
  kw_json_writer_member (writer, "bad");
  kw_json_writer_string (writer, "a\xFF" "b");
  kw_json_writer_end_object (writer);
  bytes = kw_json_writer_free_to_bytes (g_steal_pointer (&writer));

  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_assert_cmpstr (text, ==,
                   "{\n"
                   "  \"name\": \"say \\\"hi\\\"\\n\\\\ \\u0001 é\",\n"
                   "  \"n\": -9223372036854775808,\n"
                   "  \"rows\": [\n"
                   "    {\"a\": true, \"b\": null, \"c\": [1, 2]},\n"
                   "    {}\n"
                   "  ],\n"
                   "  \"empty\": [],\n"
                   "  \"bad\": \"a\xEF\xBF\xBD" "b\"\n"
                   "}\n");

  /* What it writes, it reads. */
  back = kw_json_parse (text, strlen (text), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kw_json_node_get_string (kw_json_node_get_member (back, "name")), ==,
                   "say \"hi\"\n\\ \x01 é");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json/values", test_values);
  g_test_add_func ("/json/refused", test_refused);
  g_test_add_func ("/json/no-text", test_no_text);
  g_test_add_func ("/json/depth", test_depth);
  g_test_add_func ("/json/writer", test_writer);

  return g_test_run ();
}
