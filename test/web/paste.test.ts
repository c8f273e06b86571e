// Rows pasted from Excel into the registration form: by header names when the header row came along, else by position.
import { parsePasted } from '../../web/src/screens/register/paste';

const find = {
  agency: (s: string) => ({ 'Sở Xây dựng': 'so-xay-dung', 'Sở Tài chính': 'so-tai-chinh', 'UBND Quận 1': 'quan-1' })[s] ?? s,
  leader: (s: string) => ({ 'Trần Văn An': 'pct-do-thi' })[s] ?? s,
};

it('finds columns by their header names, in any order, with coordinating agencies', () => {
  const text = ['STT\tThời hạn\tTrích yếu\tĐơn vị chủ trì\tĐơn vị phối hợp\tLãnh đạo giao', '1\tquý I/2027\tRà soát quy hoạch\tSở Xây dựng\tSở Tài chính; UBND Quận 1\tTrần Văn An', ''].join('\r\n');
  expect(parsePasted(text, find)).toEqual([
    { title: 'Rà soát quy hoạch', leadAgencyId: 'so-xay-dung', coordinatingAgencyIds: ['so-tai-chinh', 'quan-1'], assigningLeaderId: 'pct-do-thi', deadline: 'quý I/2027' },
  ]);
});

it('reads rows without a header in the documented order: title, lead agency, deadline, leader', () => {
  expect(parsePasted('Chống ngập\tSở Xây dựng\t15/3/2027\tTrần Văn An\n\n', find)).toEqual([
    { title: 'Chống ngập', leadAgencyId: 'so-xay-dung', coordinatingAgencyIds: [], assigningLeaderId: 'pct-do-thi', deadline: '15/3/2027' },
  ]);
});
